using System.Diagnostics;
using System.Net.Sockets;
using System.Text;
using IacTest.Lint.Build;

namespace IacTest.Cli.Tests;

/// <summary>
/// The real <c>iactest</c> process on a folder where the engine fails on one file and a FIFO and a socket are named
/// like YAML files: the run ends, the failing file has one positioned error, the special files one note each, and the
/// other files' findings are all there — for <c>iactest lint</c> and for the build worker, <c>iactest build-lint</c>.
/// </summary>
public sealed class ContainmentTests : IDisposable
{
    // Generous: only a hang (the FIFO being opened) comes near it.
    private static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(3);

    private readonly string _folder = Directory.CreateTempSubdirectory("iactest-cli-contain-").FullName;
    private readonly Socket _socket = new(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);

    public void Dispose()
    {
        _socket.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Lint_reports_every_good_file_when_one_file_fails_and_skips_fifos_and_sockets()
    {
        // Given good files with findings, one file the engine fails on while parsing, a FIFO and a socket
        var good = WriteGoodFiles();
        Write("broken.yml", "---\nkey: value\n");
        var expected = await RunAsync(null, ["lint", "--no-config-discovery", .. good]);
        MakeFifoAndSocket();

        // When the folder is linted with the failure injected
        var run = await RunAsync("parse:broken.yml", ["lint", "--no-config-discovery", "."]);

        // Then the run ends with errors and no stack trace, the good files' findings are exactly those of a run
        // without the others, and each of the others has one positioned line naming it
        run.Code.ShouldBe(1, run.Error);
        run.Error.ShouldBeEmpty();
        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Where(l => !l.StartsWith("broken.yml", StringComparison.Ordinal) && !l.StartsWith("pipe.yml", StringComparison.Ordinal)
            && !l.StartsWith("socket.yml", StringComparison.Ordinal)).ShouldBe(expected.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        expected.Output.ShouldContain("a.yml(1,7): error IAC0122: trailing spaces (trailing-spaces)");
        lines.ShouldContain("broken.yml(1,1): error IAC0004: not checked: IacTest stopped on an internal error while parsing its YAML, so no finding of this file is reported; please report it with this file (skipped)");
        lines.ShouldContain("pipe.yml(1,1): warning IAC0004: skipped: the path is a FIFO (named pipe), not a regular file, and is not read (skipped)");
        lines.ShouldContain("socket.yml(1,1): warning IAC0004: skipped: the path is a socket, not a regular file, and is not read (skipped)");
        run.Output.ShouldNotContain("Operation is not valid");
    }

    [Fact]
    public async Task The_build_worker_returns_every_good_files_findings_when_one_file_fails()
    {
        // Given the same folder, as a build's request
        var good = WriteGoodFiles();
        Write("broken.yml", "---\nkey: value\n");
        MakeFifoAndSocket();
        var request = Write("request.txt", RequestText(new BuildLintRequest
        {
            ProjectDirectory = _folder,
            Files = [.. good, "broken.yml", "pipe.yml", "socket.yml"],
            CacheFile = Path.Combine(_folder, "obj", "lint-cache.bin"),
        }));

        // When the worker runs it with a rule stage failure injected for one file
        var run = await RunAsync("rules:broken.yml", ["build-lint", request]);

        // Then it writes a whole result: the failure is that file's error, the special files are notes, and every
        // good file's finding is there
        run.Code.ShouldBe(0, run.Error);
        run.Error.ShouldBeEmpty();
        var result = BuildLintProtocol.ReadResult(new MemoryStream(Encoding.UTF8.GetBytes(run.Output)));
        var reported = result.Reported.Select(d => $"{Path.GetFileName(d.File)}({d.Line},{d.Column}) {d.Severity} {d.Code}").ToArray();
        reported.ShouldBe(
        [
            "a.yml(1,1) Warning IAC0109",
            "a.yml(1,7) Error IAC0122",
            "b.yaml(2,8) Warning IAC0123",
            "broken.yml(1,1) Error IAC0004",
            "pipe.yml(1,1) Warning IAC0004",
            "socket.yml(1,1) Warning IAC0004",
        ], ignoreOrder: true);
        result.Reported.Single(d => d.File.EndsWith("broken.yml", StringComparison.Ordinal)).Message.ShouldContain("while running the rules");
        result.FileCount.ShouldBe(5);
    }

    private string[] WriteGoodFiles()
    {
        Write("a.yml", "key: 1   \n");
        Write("sub/b.yaml", "---\nvalue: yes\n");
        return ["a.yml", "sub/b.yaml"];
    }

    private void MakeFifoAndSocket()
    {
        using (var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", Path.Combine(_folder, "pipe.yml")) { UseShellExecute = false })!)
        {
            mkfifo.WaitForExit();
            mkfifo.ExitCode.ShouldBe(0);
        }

        _socket.Bind(new UnixDomainSocketEndPoint(Path.Combine(_folder, "socket.yml")));
    }

    /// <summary>Runs the built iactest in its own process, with the engine's failure hook set or not.</summary>
    private async Task<(int Code, string Output, string Error)> RunAsync(string? fault, string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = _folder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "iactest.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["IACTEST_LINT_FAULT"] = fault;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var guard = new CancellationTokenSource(HangGuard);
        try
        {
            await process.WaitForExitAsync(guard.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"iactest {string.Join(' ', args)} did not end: a hang");
        }

        return (process.ExitCode, await output, await error);
    }

    private static string RequestText(BuildLintRequest request)
    {
        using var stream = new MemoryStream();
        BuildLintProtocol.WriteRequest(stream, request);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }
}
