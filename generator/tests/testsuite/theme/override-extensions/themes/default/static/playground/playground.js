/* SITE PLAYGROUND */
var PACKAGES = [];
var BADGES = {};
