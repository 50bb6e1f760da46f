/** The site's content as one JSON document, written and read as a stream, item by item. */
package cn.gongkai.publisher.source.json;
