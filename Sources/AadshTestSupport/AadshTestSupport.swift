// Golden-test discovery and runner.
