using System.Text;
using IacTest.Lint.Build;

namespace IacTest.Cli.Tests;

public sealed class BuildLintCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("iactest-buildlint-cli-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_request_file_gets_the_result_on_standard_output_and_exit_zero_even_with_errors()
    {
        var bad = Write("bad.yml", "---\na: 1  \n");
        Write("good.yml", "---\nb: 1\n");
        var request = Write("request.txt", RequestText(new BuildLintRequest
        {
            ProjectDirectory = _folder,
            Files = [bad, "good.yml"],
            CacheFile = Path.Combine(_folder, "obj", "cache.json"),
        }));

        var (code, output, error) = Run("build-lint", request);
        var (_, again, _) = Run("build-lint", request);

        code.ShouldBe(0, error);
        var result = BuildLintProtocol.ReadResult(new MemoryStream(Encoding.UTF8.GetBytes(output)));
        result.FileCount.ShouldBe(2);
        result.LintedFileCount.ShouldBe(2);
        result.Reported.Select(d => $"{Path.GetFileName(d.File)}({d.Line},{d.Column}) {d.Code}").ShouldBe(["bad.yml(2,5) IAC0122"]);
        BuildLintProtocol.ReadResult(new MemoryStream(Encoding.UTF8.GetBytes(again))).LintedFileCount.ShouldBe(0);
    }

    [Fact]
    public void With_result_the_result_goes_to_that_file_whole()
    {
        Write("bad.yml", "---\na: 1  \n");
        var request = Write("request.txt", RequestText(new BuildLintRequest { ProjectDirectory = _folder, Files = ["bad.yml"] }));

        var (code, output, error) = Run("build-lint", request, "--result", "out/result.txt");

        code.ShouldBe(0, error);
        output.ShouldBeEmpty();
        using var stream = File.OpenRead(Path.Combine(_folder, "out", "result.txt"));
        BuildLintProtocol.ReadResult(stream).Reported.Single().Code.ShouldBe("IAC0122");
        File.Exists(Path.Combine(_folder, "out", "result.txt.partial")).ShouldBeFalse();
    }

    [Fact]
    public void A_request_that_is_not_one_is_a_usage_error_that_says_why()
    {
        var request = Write("request.txt", "iactest-build-lint\t99\nend\n");

        var (code, output, error) = Run("build-lint", request);

        code.ShouldBe(CommandLine.Usage);
        output.ShouldBeEmpty();
        error.ShouldContain("build-lint: not a build-lint document of protocol version 3");
    }

    [Fact]
    public void A_missing_request_file_or_argument_is_a_usage_error()
    {
        Run("build-lint", "no-such-request.txt").Code.ShouldBe(CommandLine.Usage);
        Run("build-lint").Error.ShouldContain("build-lint takes one request file");
        Run("build-lint", "a", "b").Error.ShouldContain("build-lint takes one request file");
        Run("build-lint", "a", "--colour").Error.ShouldContain("unknown option '--colour' for build-lint");
    }

    private static string RequestText(BuildLintRequest request)
    {
        using var stream = new MemoryStream();
        BuildLintProtocol.WriteRequest(stream, request);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private (int Code, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = CommandLine.Run(args, output, error, _folder);
        return (code, output.ToString(), error.ToString());
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }
}
