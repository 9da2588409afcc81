/**
 * Helpers shared by the JSON and CSV codecs: enumeration codes, file access with UTF-8 and BOM handling. Not
 * exported; not part of the API.
 */
package org.devplan.io.internal;
