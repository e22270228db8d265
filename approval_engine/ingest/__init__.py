"""Reading an application: the Word package, its text with locations, the application model."""
