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
            SarifRoot = "../..",
            CodeQualityFile = "gl-code-quality-report.json",
            CheckstyleFile = "checkstyle.xml",
            LintResultsFile = "obj/iactest/lint-results.json",
            Families = "yaml;ansible",
            MaxFindingsPerFile = 250,
            Vendored = ["third_party/monitoring", "/src/app/roles/acme.docker"],
            VendorGalaxyRequirements = false,
            VendoredLint = VendoredLint.Warning,
            ToolVersion = "1.2.3",
        };

        var read = RoundTrip(s => BuildLintProtocol.WriteRequest(s, request), BuildLintProtocol.ReadRequest);

        read.ShouldSatisfyAllConditions(
            r => r.Files.ShouldBe(request.Files),
            r => r.Rules.ShouldBe(request.Rules),
            r => r.Vendored.ShouldBe(request.Vendored),
            r => (r with { Files = request.Files, Rules = request.Rules, Vendored = request.Vendored }).ShouldBe(request));
    }

    [Fact]
    public void A_request_of_the_version_before_the_findings_cap_is_refused()
    {
        // An older worker would lint without the cap: the versions must not match.
        var bytes = Encoding.UTF8.GetBytes("iactest-build-lint\t2\nprojectDirectory\t/src/app\nvendoredLint\tnone\nend\n");

        Should.Throw<InvalidDataException>(() => BuildLintProtocol.ReadRequest(new MemoryStream(bytes)))
            .Message.ShouldBe("not a build-lint document of protocol version 3");
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
    [InlineData("not a result\nend\n")]
    [InlineData("iactest-build-lint\t1\nfileCount\t1\nlintedFileCount\t0\nend\n")]
    [InlineData("iactest-build-lint\t3\nfileCount\t1\nlintedFileCount\t0\n")]
    [InlineData("iactest-build-lint\t3\nlintedFileCount\t0\nend\n")]
    [InlineData("iactest-build-lint\t3\nfileCount\tone\nlintedFileCount\t0\nend\n")]
    [InlineData("iactest-build-lint\t3\nfileCount\t1\nlintedFileCount\t0\ndiagnostic\t/a.yml\t1\nend\n")]
    [InlineData("iactest-build-lint\t3\nfileCount\t1\nlintedFileCount\t0\ndiagnostic\t/a.yml\t1\t1\tIAC1\tr\tloud\tm\nend\n")]
    [InlineData("iactest-build-lint\t3\nfileCount\t1\nlintedFileCount\t0\ndetail\tbad escape \\q\nend\n")]
    [InlineData("iactest-build-lint\t3\nfileCount\t1\nlintedFileCount\t0\nsurprise\tx\nend\n")]
    public void A_result_that_is_not_a_whole_one_is_refused_with_a_clear_error(string text)
    {
        Should.Throw<InvalidDataException>(() => BuildLintProtocol.ReadResult(new MemoryStream(Encoding.UTF8.GetBytes(text))))
            .Message.ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public void A_result_that_is_not_utf8_is_refused()
    {
        var bytes = Encoding.UTF8.GetBytes("iactest-build-lint\t3\nfileCount\t1\nlintedFileCount\t0\ndetail\t").Concat(new byte[] { 0xff, 0xfe, (byte)'\n' })
            .Concat(Encoding.UTF8.GetBytes("end\n")).ToArray();

        Should.Throw<InvalidDataException>(() => BuildLintProtocol.ReadResult(new MemoryStream(bytes))).Message.ShouldBe("not UTF-8 text");
    }

    [Theory]
    [InlineData("iactest-build-lint\t3\nend\n")]
    [InlineData("iactest-build-lint\t3\nprojectDirectory\t/p\nrule\tonly-a-name\nend\n")]
    [InlineData("iactest-build-lint\t3\nprojectDirectory\t/p\nfile\t/a.yml\textra\nend\n")]
    public void A_request_that_is_not_one_is_refused_with_a_clear_error(string text)
    {
        Should.Throw<InvalidDataException>(() => BuildLintProtocol.ReadRequest(new MemoryStream(Encoding.UTF8.GetBytes(text))));
    }

    [Fact]
    public void Fields_with_tabs_line_breaks_and_backslashes_keep_every_character()
    {
        var message = "a\ttab, a\nline break, a\r\nCRLF, a \\ backslash and \\t that is not a tab";
        var result = new BuildLintResult([new LintDiagnostic("C:\\odd\tdir\\a.yml", 1, 1, "IAC0001", "syntax", Severity.Error, message)], 1, 1, [message]);

        var read = RoundTrip(s => BuildLintProtocol.WriteResult(s, result), BuildLintProtocol.ReadResult);

        read.Reported.Single().ShouldBe(result.Reported.Single());
        read.Details.Single().ShouldBe(message);
    }

    private static T RoundTrip<T>(Action<Stream> write, Func<Stream, T> read)
    {
        using var stream = new MemoryStream();
        write(stream);
        stream.Position = 0;
        return read(stream);
    }
}
