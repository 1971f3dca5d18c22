using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using IacTest.Lint.Hcl;
using Xunit.Abstractions;

namespace IacTest.Lint.Tests.Hcl;

/// <summary>
/// The formatter against <c>terraform fmt</c>, whose output for every corpus file it accepts is recorded as a
/// SHA-256 by <c>eng/hcl-conformance/write-fmt-expectations.sh</c>.
/// </summary>
public sealed class HclFormatterTests(ITestOutputHelper output)
{
    [Fact]
    public void Formats_the_corpus_as_terraform_fmt_does()
    {
        // Given the corpus files terraform fmt accepted, with the hash of its output
        var expectations = JsonNode.Parse(File.ReadAllText(Path.Combine(HclCorpus.Folder, "fmt-expectations.json")))!.AsObject();
        expectations.Count.ShouldBeGreaterThan(500);
        var differing = new List<string>();

        foreach (var (name, hash) in expectations)
        {
            // When the formatter formats it
            var formatted = HclFormatter.Format(HclCorpus.Read(name));

            // Then the result is byte for byte terraform's
            var actual = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(formatted)));
            if (actual != hash!.GetValue<string>())
            {
                differing.Add(name);
                if (Environment.GetEnvironmentVariable("IACTEST_FMT_DUMP") is { Length: > 0 } dump)
                {
                    // For investigating a difference: the output to compare with `terraform fmt` by hand.
                    var target = Path.Combine(dump, name);
                    Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                    File.WriteAllText(target, formatted);
                }
            }
        }

        output.WriteLine($"fmt files={expectations.Count} same-as-terraform-fmt={expectations.Count - differing.Count} differing={differing.Count}");
        foreach (var name in differing.Take(5))
        {
            output.WriteLine($"--- {name}\n{HclFormatter.Format(HclCorpus.Read(name))}");
        }

        differing.ShouldBeEmpty();
    }

    [Fact]
    public void Formatting_is_stable_and_leaves_broken_files_alone()
    {
        // Given a messy but valid file and a broken one
        const string messy = "resource \"a\" \"b\" {\nx=1\n    long_name   =   [1,2]   # c\n  nested {\n  y = \"${ var.z }\"\n  }\n}\n";
        const string broken = "a = \n";

        // When they are formatted
        var once = HclFormatter.Format(messy);

        // Then the valid one is canonical, formatting it again changes nothing, and the broken one is untouched
        once.ShouldBe("resource \"a\" \"b\" {\n  x         = 1\n  long_name = [1, 2] # c\n  nested {\n    y = var.z\n  }\n}\n"); // as terraform fmt prints it
        HclFormatter.Format(once).ShouldBe(once);
        HclFormatter.Format(broken).ShouldBe(broken);
    }
}
