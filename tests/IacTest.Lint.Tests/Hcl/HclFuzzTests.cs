using System.Text;
using IacTest.Lint.Hcl;

namespace IacTest.Lint.Tests.Hcl;

/// <summary>
/// Seeded, bounded fuzzing of the HCL parser: mutated corpus files and hostile nesting never throw, every
/// diagnostic lies inside the file, and nesting beyond <see cref="HclParser.MaxNesting"/> is an error, not a crash.
/// The count bounds the run, never a clock.
/// </summary>
public sealed class HclFuzzTests
{
    private const int Seed = 20_261_207;
    private const int Count = 4000;

    private static readonly string[] Fragments =
    [
        "{", "}", "[", "]", "(", ")", "\"", "${", "%{", "~}", "<<EOT\n", "<<-EOT\n", "EOT\n", "\n", "=", ",", ".", "...", "*",
        "[*]", ".*", "?", ":", "=>", "for", "in", "if", "endif", "endfor", "else", "\\", "\\u", "$${", "#", "//", "/*", "*/",
        "\t", ";", "'", "`", "é", "🙂", "\u0301", "\r", "\r\n", "\uFEFF", "0.1.2", "1e", "a::b", "-", "!", "&&", "||",
    ];

    [Fact]
    public void Mutated_corpus_files_never_throw_and_every_diagnostic_is_inside_the_file()
    {
        // Given seeded mutations of the corpus files
        var corpus = Directory.EnumerateFiles(HclCorpus.Folder, "*.tf", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();
        var random = new Random(Seed);
        var failures = new List<string>();
        var invalid = 0;

        for (var i = 0; i < Count; i++)
        {
            var text = Mutate(corpus[random.Next(corpus.Length)], random);

            // When it is parsed
            HclFile file;
            try
            {
                file = HclParser.ParseConfig(text, "fuzz.tf");
            }
            catch (Exception exception)
            {
                failures.Add($"input {i}: {exception.GetType().Name}: {exception.Message}");
                continue;
            }

            // Then every diagnostic points into the file
            var length = Encoding.UTF8.GetByteCount(text);
            invalid += file.IsValid ? 0 : 1;
            foreach (var diagnostic in file.Diagnostics)
            {
                var subject = diagnostic.Subject;
                if (subject.Start.Byte < 0 || subject.End.Byte > length || subject.Start.Byte > subject.End.Byte || subject.Start.Line < 1 || subject.Start.Column < 1)
                {
                    failures.Add($"input {i}: {diagnostic} lies outside the {length} bytes");
                }
            }
        }

        failures.ShouldBeEmpty();
        invalid.ShouldBeGreaterThan(Count / 4); // the mutations really break files
    }

    [Fact]
    public void Mutated_json_files_never_throw_and_every_diagnostic_is_inside_the_file()
    {
        // Given seeded mutations of the .tf.json corpus
        var corpus = Directory.EnumerateFiles(Path.Combine(HclCorpus.Folder, "json"), "*.tf.json").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();
        var random = new Random(Seed);
        var failures = new List<string>();

        for (var i = 0; i < Count / 4; i++)
        {
            var text = Mutate(corpus[random.Next(corpus.Length)], random);

            // When it is read
            try
            {
                var file = HclJsonParser.ParseConfig(text, "fuzz.tf.json");

                // Then every diagnostic points into the file
                var length = Encoding.UTF8.GetByteCount(text);
                failures.AddRange(file.Diagnostics
                    .Where(d => d.Subject.Start.Byte < 0 || d.Subject.End.Byte > length + 1 || d.Subject.Start.Line < 1)
                    .Select(d => $"input {i}: {d} lies outside the {length} bytes"));
            }
            catch (Exception exception)
            {
                failures.Add($"input {i}: {exception.GetType().Name}: {exception.Message}");
            }
        }

        failures.ShouldBeEmpty();
    }

    [Fact]
    public void Deeply_nested_json_is_an_error_not_a_crash()
    {
        // Given JSON arrays nested far deeper than any configuration
        var text = "{\"a\": " + new string('[', 50_000) + new string(']', 50_000) + "}";

        // When it is read on a thread with a 1 MB stack
        HclFile? file = null;
        var thread = new Thread(() => file = HclJsonParser.ParseConfig(text, "deep.tf.json"), 1024 * 1024);
        thread.Start();
        thread.Join();

        // Then the nesting is reported
        file.ShouldNotBeNull();
        file.Diagnostics.ShouldContain(d => d.Summary == "Nesting too deep");
    }

    [Theory]
    [InlineData("(", ")")]
    [InlineData("[", "]")]
    [InlineData("{a = ", "}")]
    [InlineData("f(", ")")]
    [InlineData("\"${", "}\"")]
    [InlineData("-", "")]
    [InlineData("!", "")]
    [InlineData("a ? b : ", "")]
    public void Hostile_nesting_is_an_error_not_a_crash(string open, string close)
    {
        // Given an expression nested far deeper than any configuration
        const int depth = 50_000;
        var text = "x = " + string.Concat(Enumerable.Repeat(open, depth)) + "1" + string.Concat(Enumerable.Repeat(close, depth)) + "\n";

        // When it is parsed on a thread with a 1 MB stack
        HclFile? file = null;
        var thread = new Thread(() => file = HclParser.ParseConfig(text, "deep.tf"), 1024 * 1024);
        thread.Start();
        thread.Join();

        // Then it reports the nesting instead of overflowing the stack
        file.ShouldNotBeNull();
        file.Diagnostics.ShouldContain(d => d.Summary == "Nesting too deep");
    }

    [Fact]
    public void Deeply_nested_template_directives_are_an_error_not_a_crash()
    {
        // Given one string with directives nested far deeper than any template
        var text = "x = \"" + string.Concat(Enumerable.Repeat("%{if a}", 20_000)) + "1" + string.Concat(Enumerable.Repeat("%{endif}", 20_000)) + "\"\n";

        // When it is parsed on a thread with a 1 MB stack
        HclFile? file = null;
        var thread = new Thread(() => file = HclParser.ParseConfig(text, "deep.tf"), 1024 * 1024);
        thread.Start();
        thread.Join();

        // Then the nesting is reported
        file.ShouldNotBeNull();
        file.Diagnostics.ShouldContain(d => d.Summary == "Nesting too deep");
    }

    [Fact]
    public void Deeply_nested_blocks_are_an_error_not_a_crash()
    {
        // Given blocks nested far deeper than any configuration
        var text = string.Concat(Enumerable.Repeat("b {\n", 20_000)) + string.Concat(Enumerable.Repeat("}\n", 20_000));

        // When it is parsed on a thread with a 1 MB stack
        HclFile? file = null;
        var thread = new Thread(() => file = HclParser.ParseConfig(text, "deep.tf"), 1024 * 1024);
        thread.Start();
        thread.Join();

        // Then the nesting is reported
        file.ShouldNotBeNull();
        file.Diagnostics.ShouldContain(d => d.Summary == "Nesting too deep");
    }

    private static string Mutate(string text, Random random)
    {
        var builder = new StringBuilder(text);
        var edits = 1 + random.Next(4);
        for (var e = 0; e < edits; e++)
        {
            var at = builder.Length == 0 ? 0 : random.Next(builder.Length + 1);
            switch (random.Next(4))
            {
                case 0 when builder.Length > 0 && at < builder.Length:
                    builder.Remove(at, Math.Min(builder.Length - at, 1 + random.Next(8)));
                    break;
                case 1:
                    builder.Length = at;
                    break;
                default:
                    builder.Insert(at, Fragments[random.Next(Fragments.Length)]);
                    break;
            }
        }

        return builder.ToString();
    }
}
