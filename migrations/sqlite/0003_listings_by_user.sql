-- Finding an account's listings (U4 duplicate search, user show) without scanning them all.
CREATE INDEX listings_user_idx ON listings (user_id);
