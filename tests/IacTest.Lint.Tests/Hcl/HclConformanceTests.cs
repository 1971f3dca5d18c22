using System.Diagnostics;
using System.Text;
using IacTest.Lint.Hcl;
using Xunit.Abstractions;

namespace IacTest.Lint.Tests.Hcl;

/// <summary>
/// The parser against HashiCorp's own (hcl2json, HCL v2 in WebAssembly) on the corpus: the same files parse, broken
/// files give the same errors at the same places in the same order, and valid files give the same tree.
/// </summary>
public sealed class HclConformanceTests(ITestOutputHelper output)
{
    [Fact]
    public void Agrees_with_the_recorded_results_of_hashicorps_parser_on_the_corpus()
    {
        // Given the corpus and what hcl2json returned for each file
        var expectations = HclCorpus.Expectations();
        expectations.Count.ShouldBeGreaterThanOrEqualTo(1000);

        // When each file is parsed here and compared
        var report = Compare(expectations, HclCorpus.Read);

        // Then they agree on validity, on every error (line, column, summary, order) and on the tree of every valid file
        output.WriteLine(report.Summary);
        report.Disagreements.ShouldBeEmpty(report.Details);
    }

    [Hcl2JsonFact]
    public void Agrees_with_hashicorps_parser_run_now_on_the_hand_written_corpus()
    {
        // Given node and the hcl2json package (eng/setup.sh installs both)
        var node = Hcl2JsonFactAttribute.NodePath.ShouldNotBeNull("node is required here");
        Directory.Exists(HclCorpus.Hcl2JsonPackage).ShouldBeTrue($"{HclCorpus.Hcl2JsonPackage} is required here");

        // When the expectation script runs hcl2json on the corpus right now
        var temporary = Path.Combine(Path.GetTempPath(), $"iactest-hcl2json-{Environment.ProcessId}.json");
        try
        {
            var script = Path.Combine(HclCorpus.RepositoryRoot, "eng", "hcl-conformance", "write-expectations.js");
            Run(node, script, HclCorpus.Hcl2JsonPackage, Path.Combine(HclCorpus.Folder, "handwritten"), temporary);
            var live = HclCorpus.Expectations(temporary);

            // Then this parser agrees with it, and with the recorded results
            var report = Compare(live, relative => File.ReadAllText(Path.Combine(HclCorpus.Folder, "handwritten", relative)));
            output.WriteLine(report.Summary);
            live.Count.ShouldBeGreaterThan(5);
            report.Disagreements.ShouldBeEmpty(report.Details);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    private static ComparisonReport Compare(IReadOnlyDictionary<string, Hcl2JsonResult> expectations, Func<string, string> read)
    {
        var report = new ComparisonReport();
        foreach (var (name, expected) in expectations.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            var file = HclParser.ParseConfig(read(name), "corpus.tf");
            report.Files++;
            if (file.IsValid != expected.Valid)
            {
                report.Disagree(name, $"hcl2json valid={expected.Valid} {Describe(expected)}; here valid={file.IsValid} {Describe(file)}");
                continue;
            }

            report.SameValidity++;
            if (expected.Valid)
            {
                var shape = Hcl2JsonShape.Convert(file);
                if (Hcl2JsonShape.SameShape(shape, expected.Json))
                {
                    report.SameTree++;
                }
                else
                {
                    report.Disagree(name, $"tree differs:\n  hcl2json: {expected.Json?.ToJsonString()}\n  here:     {shape.ToJsonString()}");
                }

                continue;
            }

            report.Invalid++;
            var first = file.Diagnostics[0];
            if (expected.Errors.Count == 0)
            {
                report.Disagree(name, $"hcl2json failed without a parse error: {expected.Message}");
                continue;
            }

            var (line, column, summary) = expected.Errors[0];
            if (first.Subject.Start.Line != line)
            {
                report.Disagree(name, $"first error: hcl2json {line},{column} {summary}; here {first}");
                continue;
            }

            report.SameFirstErrorLine++;
            if (first.Subject.Start.Column == column && first.Summary == summary)
            {
                report.SameFirstError++;
            }

            // Recovery: HCL reports every error it finds after the first one, unless recovery mode hides it.
            var all = file.Diagnostics.Select(d => (d.Subject.Start.Line, d.Subject.Start.Column, d.Summary));
            if (all.SequenceEqual(expected.Errors))
            {
                report.SameAllErrors++;
            }
            else
            {
                report.Disagree(name, $"errors: hcl2json {string.Join("; ", expected.Errors)}; here {string.Join("; ", all)}");
            }
        }

        return report;
    }

    private static string Describe(Hcl2JsonResult result) =>
        result.Errors.Count > 0 ? $"{result.Errors[0].Line},{result.Errors[0].Column} {result.Errors[0].Summary}" : result.Message ?? string.Empty;

    private static string Describe(HclFile file) => file.IsValid ? string.Empty : file.Diagnostics[0].ToString();

    private static void Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var standardError = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        process.ExitCode.ShouldBe(0, standardError.Result);
    }

    private sealed class ComparisonReport
    {
        private readonly StringBuilder _details = new();

        public int Files { get; set; }

        public int SameValidity { get; set; }

        public int SameTree { get; set; }

        public int Invalid { get; set; }

        public int SameFirstErrorLine { get; set; }

        public int SameFirstError { get; set; }

        public int SameAllErrors { get; set; }

        public List<string> Disagreements { get; } = [];

        public string Details => _details.ToString();

        public string Summary =>
            $"files={Files} same-validity={SameValidity} same-tree={SameTree}/{SameValidity - Invalid} " +
            $"invalid={Invalid} same-first-error-line={SameFirstErrorLine} same-first-error-position-and-summary={SameFirstError} " +
            $"same-every-error={SameAllErrors} " +
            $"disagreements={Disagreements.Count}";

        public void Disagree(string name, string detail)
        {
            Disagreements.Add(name);
            if (Disagreements.Count <= 30)
            {
                _details.Append(name).Append(": ").AppendLine(detail);
            }
        }
    }
}
