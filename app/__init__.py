"""newsbrief: raw news articles into structured briefs, stored and served over a REST API."""
