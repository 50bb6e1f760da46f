/** The benchmarks of BENCHMARKS.md: synthetic content in the database, builds, Hugo, latency. */
package cn.gongkai.benchmarks;
