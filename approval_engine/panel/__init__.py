"""The panel: review sheets, agreement, the decision rule and decision sheets."""
