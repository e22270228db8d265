"""Passwords, hashed with argon2id (argon2-cffi's current defaults: its own
salt and cost parameters are kept in the hash, so a hash made with older
parameters is upgraded at the next login)."""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from approval_engine.errors import EngineError

MIN_LENGTH = 8
_hasher = PasswordHasher()

#: a hash to verify against when no such user exists, so that a wrong name
#: takes as long as a wrong password and does not tell which names exist
_DUMMY = _hasher.hash("no such user: this hash is never matched")


def check_new_password(password: str) -> str:
    if len(password) < MIN_LENGTH:
        raise EngineError(f"the password must be at least {MIN_LENGTH} characters long")
    if password.strip() != password:
        raise EngineError("the password must not start or end with a space")
    return password


def hash_password(password: str) -> str:
    return _hasher.hash(check_new_password(password))


def verify(password_hash: str | None, password: str) -> bool:
    try:
        return _hasher.verify(password_hash or _DUMMY, password) and password_hash is not None
    except (VerificationError, InvalidHashError):
        return False


def needs_rehash(password_hash: str) -> bool:
    return _hasher.check_needs_rehash(password_hash)
