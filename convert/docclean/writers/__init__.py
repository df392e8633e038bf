"""Writers: render a cleaned document."""
