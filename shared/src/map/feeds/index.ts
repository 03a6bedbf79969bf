export * from './ical-time.js';
export * from './feed-common.js';
export * from './geojson-feed.js';
export * from './waze-cifs-feed.js';
export * from './icalendar-feed.js';
