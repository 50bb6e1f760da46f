/** Published content held in memory: what a JSON export loads into, and what tests build. */
package cn.gongkai.publisher.source.memory;
