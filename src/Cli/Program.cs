// Findings go out through one buffered writer: Console.Out flushes every line, a system call per finding.
using var output = new StreamWriter(Console.OpenStandardOutput(), new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 64 * 1024);
var exitCode = IacTest.Cli.CommandLine.Run(args, output, Console.Error);
output.Flush();
return exitCode;
