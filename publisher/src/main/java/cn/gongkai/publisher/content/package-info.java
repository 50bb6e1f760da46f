/** What the publisher renders: a read-only snapshot of the published content, as plain records. */
package cn.gongkai.publisher.content;
