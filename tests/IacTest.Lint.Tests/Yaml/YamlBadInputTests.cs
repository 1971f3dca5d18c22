using System.Text;
using IacTest.Lint.Configuration;
using IacTest.Lint.Engine;
using IacTest.Lint.Rules;

namespace IacTest.Lint.Tests.Yaml;

/// <summary>Inputs that break naive linters: each gets a positioned finding or a skipped line, never a crash or a hang.</summary>
public sealed class YamlBadInputTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("iactest-yaml-bad-").FullName;
    private readonly LintEngine _engine = new();
    private readonly LintConfiguration _defaults = new();

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Invalid_yaml_gets_a_syntax_error_where_yamllint_puts_it()
    {
        // Given
        var path = Write("two-documents.yaml", "{prop: null}\n{a: 1, b: 2, c: 3}\n");

        // When
        var result = _engine.LintPath(path, _defaults);

        // Then
        result.Diagnostics.Select(d => $"{d.Line}:{d.Column} {d.Rule}").ShouldBe(["1:1 document-start", "2:1 syntax"]);
    }

    [Fact]
    public void A_tab_used_as_indentation_is_a_syntax_error_and_the_lines_before_it_still_get_checked()
    {
        // Given
        var path = Write("tabs.yaml", "---\nkey: value   \nother: 1\n\tbad: tab\n");

        // When
        var result = _engine.LintPath(path, _defaults);

        // Then
        result.Diagnostics.Count(d => d.Code == EngineRules.SyntaxCode).ShouldBe(1);
        result.Diagnostics.ShouldContain(d => d.Rule == "trailing-spaces" && d.Line == 2 && d.Column == 11);
    }

    [Fact]
    public void A_byte_order_mark_is_not_counted_as_a_column()
    {
        // Given
        var path = WriteBytes("bom.yaml", [0xEF, 0xBB, 0xBF, .. "key:   value\n"u8]);

        // When
        var result = _engine.LintPath(path, _defaults);

        // Then
        result.Diagnostics.Select(d => $"{d.Line}:{d.Column} {d.Rule}").ShouldBe(["1:1 document-start", "1:7 colons"]);
    }

    [Fact]
    public void A_byte_order_mark_inside_a_file_is_read_as_yamllint_reads_it()
    {
        // Given: marks left by concatenating files saved with one, and one pasted into a value. PyYAML skips a mark
        // only at the start of the stream; anywhere else it is a printable character (part of a scalar), and its
        // reader does not count it as a column.
        var midLine = WriteBytes("mid-line.yaml", [.. "---\nname: billing\uFEFF-api\nports: [8080\uFEFF , 8443]\n"u8]);
        var laterDocument = WriteBytes("later-document.yaml", [0xEF, 0xBB, 0xBF, .. "---\nname: first\n---\n\uFEFFname:  second\n"u8]);
        var beforeMarker = WriteBytes("before-marker.yaml", [0xEF, 0xBB, 0xBF, .. "---\nname: first\n...\n\uFEFF---\nname: second\n"u8]);

        // When
        var findings = new[] { midLine, laterDocument, beforeMarker }
            .Select(path => _engine.LintPath(path, _defaults).Diagnostics.Select(d => $"{d.Line}:{d.Column} {d.Rule}").ToArray())
            .ToArray();

        // Then: no error for the marks themselves (yamllint 1.29 reports none), columns past a mark as PyYAML counts
        // them, and the syntax error yamllint reports where a mark makes "---" a scalar.
        findings[0].ShouldBe(["3:13 commas"]);
        findings[1].ShouldBe(["4:7 colons"]);
        findings[2].ShouldBe(["4:1 syntax"]);
    }

    [Fact]
    public void Crlf_line_breaks_are_reported_once_and_the_carriage_return_is_not_trailing_space()
    {
        // Given
        var path = Write("crlf.yaml", "---\r\nkey: value\r\nlist:\r\n  - a  \r\n");

        // When
        var result = _engine.LintPath(path, _defaults);

        // Then
        result.Diagnostics.Select(d => $"{d.Line}:{d.Column} {d.Rule}").ShouldBe(["1:4 new-lines", "4:6 trailing-spaces"]);
    }

    [Fact]
    public void Mixed_line_breaks_are_judged_by_the_first_one_like_yamllint()
    {
        // Given
        var path = Write("mixed.yaml", "---\nkey: value\r\nother: 1\n");

        // When
        var result = _engine.LintPath(path, _defaults);

        // Then
        result.Diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void Invalid_utf8_is_a_load_failure_at_the_bad_byte()
    {
        // Given
        var path = WriteBytes("latin1.yaml", [.. "---\nname: caf"u8, 0xE9, .. "\n"u8]);

        // When
        var result = _engine.LintPath(path, _defaults);

        // Then
        var only = result.Diagnostics.ShouldHaveSingleItem();
        (only.Code, only.Line, only.Column).ShouldBe((EngineRules.LoadFailureCode, 2, 10));
    }

    [Fact]
    public void A_binary_file_named_yml_is_a_load_failure()
    {
        // Given
        var path = WriteBytes("image.yml", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]);

        // When
        var result = _engine.LintPath(path, _defaults);

        // Then
        result.Diagnostics.ShouldHaveSingleItem().Code.ShouldBe(EngineRules.LoadFailureCode);
    }

    [Fact]
    public void An_empty_file_has_no_findings()
    {
        // Given
        var path = Write("empty.yaml", string.Empty);

        // When
        var result = _engine.LintPath(path, _defaults);

        // Then
        result.Diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void A_ten_megabyte_file_is_linted_whole()
    {
        // Given
        var builder = new StringBuilder("---\n");
        var line = 0;
        while (builder.Length < 10 * 1024 * 1024)
        {
            builder.Append("key").Append(line).Append(": value ").Append(line).Append('\n');
            line++;
        }

        builder.Append("last: yes   \n");
        var path = Write("big.yaml", builder.ToString());

        // When
        var result = _engine.LintPath(path, _defaults);

        // Then
        result.Diagnostics.Select(d => $"{d.Line}:{d.Column} {d.Rule}").ShouldBe([$"{line + 2}:7 truthy", $"{line + 2}:10 trailing-spaces"]);
    }

    [Fact]
    public void Ten_thousand_levels_of_nesting_do_not_overflow_the_stack()
    {
        // Given
        var text = "---\n" + new string('[', 10_000) + new string(']', 10_000) + "\n";
        var path = Write("deep.yaml", text);

        // When
        var result = _engine.LintPath(path, _defaults);

        // Then: like yamllint, no finding (one long unbreakable word is allowed), and a note that the tree checks were skipped
        result.Diagnostics.ShouldHaveSingleItem().Code.ShouldBe(EngineRules.SkippedCode);
    }

    [Fact]
    public void An_alias_bomb_is_linted_without_expanding_it()
    {
        // Given
        var text = new StringBuilder("---\na: &a [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]\n");
        for (var level = 'b'; level <= 'i'; level++)
        {
            var previous = (char)(level - 1);
            text.Append(level).Append(": &").Append(level).Append(" [")
                .Append(string.Join(", ", Enumerable.Repeat($"*{previous}", 9))).Append("]\n");
        }

        var path = Write("lol.yaml", text.ToString());

        // When
        var result = _engine.LintPath(path, _defaults);

        // Then: 9^8 strings if expanded; none of it is, and there is nothing to report (as yamllint)
        result.Diagnostics.ShouldBeEmpty();
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }

    private string WriteBytes(string name, byte[] bytes)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
