package cn.gongkai.accessibility.cli;

import cn.gongkai.accessibility.AccessibilityChecker;
import cn.gongkai.accessibility.Report;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code accessibility check DIR}: checks a published site from the command line. Exit code 0 when
 * no errors were found, 1 when there are errors, 2 on a usage error, 3 when the check itself failed
 * (e.g. a file could not be read).
 */
@Command(
    name = "accessibility",
    mixinStandardHelpOptions = true,
    version = "Gongkai accessibility 0.1.0",
    subcommands = {AccessibilityCli.Check.class, CommandLine.HelpCommand.class},
    description = {
      "检查发布后的静态网站是否符合 WCAG 2.1 AA（GB/T 37668-2019 第二级）和工信部 2021 年适老化规范。",
      "Checks a published static site against WCAG 2.1 AA and the MIIT 2021 elderly-friendly rules."
    },
    exitCodeListHeading = "%n退出码 (exit codes):%n",
    exitCodeList = {"0:没有错误（可能有警告）", "1:发现错误，页面不能发布", "2:用法错误（参数有误、目录不存在）", "3:检查过程失败（如文件无法读取）"})
public final class AccessibilityCli implements Callable<Integer> {

  static final int EXIT_FAILURE = 3;

  @Spec CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(args, consoleWriter(), consoleWriter()));
  }

  /** Runs the command line with the given output streams and answers the exit code. */
  static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine commandLine = new CommandLine(new AccessibilityCli());
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setExecutionExceptionHandler(
        (e, cmd, parsed) -> {
          cmd.getErr().println("检查失败：" + e.getMessage());
          return EXIT_FAILURE;
        });
    return commandLine.execute(args);
  }

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return CommandLine.ExitCode.USAGE;
  }

  /** The terminal's own encoding, or UTF-8 when output goes to a file or pipe. */
  private static PrintWriter consoleWriter() {
    Charset charset =
        System.console() != null ? System.console().charset() : StandardCharsets.UTF_8;
    return new PrintWriter(new OutputStreamWriter(System.out, charset), true);
  }

  /** The {@code check} subcommand. */
  @Command(
      name = "check",
      mixinStandardHelpOptions = true,
      sortOptions = false,
      description = {
        "检查 DIR 下所有 .html 页面，列出每个问题的页面、位置 (CSS 选择器)、依据条款、问题和修改方法。",
        "elder/ 目录下的页面和 <html class=\"gk-elder\"> 的页面按适老页面检查；样式表按各页面的相对路径读取。"
      },
      exitCodeListHeading = "%n退出码 (exit codes):%n",
      exitCodeList = {"0:没有错误（可能有警告）", "1:发现错误，页面不能发布", "2:用法错误", "3:检查过程失败"},
      footerHeading = "%n示例 (examples):%n",
      footer = {
        "  accessibility check data/site",
        "  accessibility check data/site --json report.json",
        "  accessibility check data/site --format json > report.json"
      })
  static final class Check implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "网站根目录（发布结果所在目录）")
    Path directory;

    @Option(
        names = "--format",
        paramLabel = "text|json",
        defaultValue = "text",
        description = "标准输出的格式：text（默认，便于阅读）或 json")
    Format format;

    @Option(names = "--json", paramLabel = "FILE", description = "另外把 JSON 报告写入 FILE（UTF-8）")
    Path jsonFile;

    @Option(
        names = "--site-url",
        paramLabel = "URL",
        description = "网站的公开地址；以它开头的样式表链接（如 404 页面）从 DIR 中读取")
    String siteUrl;

    enum Format {
      text,
      json
    }

    @Override
    public Integer call() throws IOException {
      if (!Files.isDirectory(directory)) {
        throw new CommandLine.ParameterException(spec.commandLine(), "不是目录：" + directory);
      }
      Path root = directory.toAbsolutePath().normalize();
      Report report = AccessibilityChecker.withDefaultRules().checkDirectory(root, siteUrl);
      if (jsonFile != null) {
        try (Writer writer = Files.newBufferedWriter(jsonFile, StandardCharsets.UTF_8)) {
          JsonReport.write(report, root.toString(), writer);
        }
      }
      PrintWriter out = spec.commandLine().getOut();
      if (format == Format.json) {
        JsonReport.write(report, root.toString(), out);
        out.flush();
      } else {
        TextReport.write(report, root.toString(), out);
      }
      return report.hasErrors() ? 1 : 0;
    }
  }
}
