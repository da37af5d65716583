DROP TABLE meeting_feeds;
