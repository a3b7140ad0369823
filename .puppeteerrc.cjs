// The project never downloads a browser: tests use the system's Debian chromium and firefox-esr.
module.exports = { skipDownload: true };
