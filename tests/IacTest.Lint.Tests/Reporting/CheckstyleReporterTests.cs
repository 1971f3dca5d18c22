using System.Globalization;
using System.Xml.Linq;
using IacTest.Lint.Diagnostics;
using IacTest.Lint.Reporting;

namespace IacTest.Lint.Tests.Reporting;

public sealed class CheckstyleReporterTests : IDisposable
{
    // Checkstyle's report layout: checkstyle(version) > file(name) > error(line, column?, severity, message, source).
    private static readonly string[] ErrorAttributes = ["line", "column", "severity", "message", "source"];
    private static readonly string[] CheckstyleSeverities = ["error", "warning", "info", "ignore"];

    private readonly ReportRepository _repository = new();

    public void Dispose() => _repository.Dispose();

    [Fact]
    public void The_document_has_checkstyle_s_structure_with_one_file_element_per_file()
    {
        // Given
        var diagnostics = _repository.Lint();

        // When
        var document = Write(diagnostics);

        // Then
        var root = document.Root!;
        root.Name.LocalName.ShouldBe("checkstyle");
        root.Attribute("version")!.Value.ShouldBe(CheckstyleReporter.FormatVersion);
        root.Elements().ShouldAllBe(e => e.Name.LocalName == "file");
        var files = root.Elements("file").Select(f => f.Attribute("name")!.Value).ToList();
        files.ShouldBe(diagnostics.Select(d => d.File).Distinct().ToList());
        foreach (var error in root.Descendants("error"))
        {
            error.Attributes().Select(a => a.Name.LocalName).ShouldBeSubsetOf(ErrorAttributes);
            int.Parse(error.Attribute("line")!.Value, CultureInfo.InvariantCulture).ShouldBeGreaterThanOrEqualTo(1);
            error.Attribute("severity")!.Value.ShouldBeOneOf(CheckstyleSeverities);
            error.Attribute("message")!.Value.ShouldNotBeNullOrWhiteSpace();
            error.Attribute("source")!.Value.ShouldStartWith("iactest.IAC");
        }

        root.Descendants("error").Count().ShouldBe(diagnostics.Count);
    }

    [Fact]
    public void Each_error_carries_the_finding_s_position_severity_and_rule()
    {
        // Given
        var finding = new LintDiagnostic("roles/web/tasks/main.yml", 4, 16, "IAC0122", "trailing-spaces", Severity.Error, "trailing spaces");

        // When
        var error = Write([finding]).Root!.Element("file")!.Element("error")!;

        // Then
        error.Parent!.Attribute("name")!.Value.ShouldBe("roles/web/tasks/main.yml");
        error.Attribute("line")!.Value.ShouldBe("4");
        error.Attribute("column")!.Value.ShouldBe("16");
        error.Attribute("severity")!.Value.ShouldBe("error");
        error.Attribute("message")!.Value.ShouldBe("trailing spaces");
        error.Attribute("source")!.Value.ShouldBe("iactest.IAC0122.trailing-spaces");
    }

    [Fact]
    public void Markup_in_messages_and_paths_is_escaped()
    {
        // Given a message quoting YAML with characters XML reserves
        var finding = new LintDiagnostic("a&b/<odd>.yml", 1, 1, "IAC0001", "syntax", Severity.Error, "expected '<document start>', but found \"&anchor\"");

        // When
        var error = Write([finding]).Root!.Element("file")!.Element("error")!;

        // Then the parser gives back the exact text
        error.Attribute("message")!.Value.ShouldBe(finding.Message);
        error.Parent!.Attribute("name")!.Value.ShouldBe("a&b/<odd>.yml");
    }

    [Fact]
    public void No_findings_give_an_empty_report()
    {
        Write([]).Root!.Elements().ShouldBeEmpty();
    }

    private static XDocument Write(IReadOnlyList<LintDiagnostic> diagnostics)
    {
        using var stream = new MemoryStream();
        CheckstyleReporter.Write(stream, diagnostics);
        stream.Position = 0;
        return XDocument.Load(stream);
    }
}
