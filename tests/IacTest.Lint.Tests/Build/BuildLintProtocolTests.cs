using System.Text;
using IacTest.Lint.Build;
using IacTest.Lint.Diagnostics;

namespace IacTest.Lint.Tests.Build;

public sealed class BuildLintProtocolTests
{
    [Fact]
    public void A_request_survives_the_round_trip_with_every_field()
    {
        var request = new BuildLintRequest
        {
            ProjectDirectory = "/src/app",
            ProjectFile = "/src/app/app.csproj",
            Files = ["/src/app/a.yml", "/src/app/ünïcode \"quoted\"\n.yml"],
            CacheFile = "/src/app/obj/cache.json",
            YamllintConfig = "lint/.yamllint",
            AnsibleLintConfig = ".ansible-lint",
            ConfigDiscovery = false,
            Rules = [new RuleSettingItem("line-length", "warning", "true", "max=120", "/src/app/app.csproj")],
            NoWarn = "IAC0108",
            TreatWarningsAsErrors = true,
            WarningsNotAsErrors = "IAC0117",
            SarifFile = "out.sarif",
            Families = "yaml;ansible",
            ToolVersion = "1.2.3",
        };

        var read = RoundTrip(s => BuildLintProtocol.WriteRequest(s, request), BuildLintProtocol.ReadRequest);

        read.ShouldSatisfyAllConditions(
            r => r.Files.ShouldBe(request.Files),
            r => r.Rules.ShouldBe(request.Rules),
            r => (r with { Files = request.Files, Rules = request.Rules }).ShouldBe(request));
    }

    [Fact]
    public void A_result_survives_the_round_trip_with_every_severity()
    {
        var result = new BuildLintResult(
            [
                new LintDiagnostic("/a.yml", 2, 5, "IAC0122", "trailing-spaces", Severity.Error, "trailing spaces"),
                new LintDiagnostic("/a.yml", 1, 1, "IAC0108", "document-start", Severity.Warning, "missing document start \"---\""),
                new LintDiagnostic("/b.yml", 3, 1, "IAC0301", "fqcn[action-core]", Severity.Info, "use the FQCN"),
            ],
            FileCount: 7,
            LintedFileCount: 2,
            Details: ["IacTest lint: configuration 1 ms"]);

        var read = RoundTrip(s => BuildLintProtocol.WriteResult(s, result), BuildLintProtocol.ReadResult);

        read.Reported.ShouldBe(result.Reported);
        read.Details.ShouldBe(result.Details);
        (read.FileCount, read.LintedFileCount, read.CachedFileCount).ShouldBe((7, 2, 5));
    }

    [Theory]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("[]")]
    [InlineData("""{"fileCount": 1}""")]
    [InlineData("""{"protocol": 99, "fileCount": 1, "lintedFileCount": 0}""")]
    [InlineData("""{"protocol": 1, "lintedFileCount": 0}""")]
    [InlineData("""{"protocol": 1, "fileCount": 1, "lintedFileCount": 0, "diagnostics": [["/a.yml", 1]]}""")]
    [InlineData("""{"protocol": 1, "fileCount": 1, "lintedFileCount": 0, "diagnostics": [["/a.yml", 1, 1, "IAC1", "r", "loud", "m"]]}""")]
    [InlineData("""{"protocol": 1, "fileCount": "one", "lintedFileCount": 0}""")]
    public void A_result_that_is_not_one_is_refused_with_a_clear_error(string text)
    {
        Should.Throw<InvalidDataException>(() => BuildLintProtocol.ReadResult(new MemoryStream(Encoding.UTF8.GetBytes(text))))
            .Message.ShouldNotBeNullOrWhiteSpace();
    }

    [Theory]
    [InlineData("""{"protocol": 1}""")]
    [InlineData("""{"protocol": 1, "projectDirectory": "/p", "rules": [["only-a-name"]]}""")]
    [InlineData("""{"protocol": 1, "projectDirectory": "/p", "files": [1, 2]}""")]
    public void A_request_that_is_not_one_is_refused_with_a_clear_error(string text)
    {
        Should.Throw<InvalidDataException>(() => BuildLintProtocol.ReadRequest(new MemoryStream(Encoding.UTF8.GetBytes(text))));
    }

    private static T RoundTrip<T>(Action<Stream> write, Func<Stream, T> read)
    {
        using var stream = new MemoryStream();
        write(stream);
        stream.Position = 0;
        return read(stream);
    }
}
