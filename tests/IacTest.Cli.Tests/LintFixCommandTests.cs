namespace IacTest.Cli.Tests;

/// <summary><c>iactest lint --fix</c> and <c>--diff</c> on files in a working folder, as a user runs them.</summary>
public sealed class LintFixCommandTests : IDisposable
{
    private readonly CliFolder _cli = new("iactest-fix-");

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void Fix_writes_the_fixed_files_and_reports_what_is_left()
    {
        // Given a task file with fixable findings (spaces, truthy, short module name) and one that is not (a duplicate key)
        _cli.Write("roles/web/tasks/main.yml", "---\n- name: Install nginx  \n  apt:\n    name: nginx\n    update_cache: yes\n    name: nginx\n");

        // When
        var (code, output, error) = _cli.Run("lint", "--fix", "--no-config-discovery", "roles");

        // Then the file is fixed, the report has only the finding no fix removes, and the summary counts the fixes
        File.ReadAllText(Path.Combine(_cli.Path, "roles/web/tasks/main.yml"))
            .ShouldBe("---\n- name: Install nginx\n  ansible.builtin.apt:\n    name: nginx\n    update_cache: true\n    name: nginx\n");
        output.ShouldContain("(key-duplicates)");
        output.ShouldNotContain("trailing-spaces");
        output.ShouldNotContain("fqcn");
        error.ShouldContain("fixed 3 findings in 1 file.");
        code.ShouldBe(CommandLine.Failure);
    }

    [Fact]
    public void Diff_shows_the_changes_and_writes_nothing()
    {
        // Given
        const string text = "---\r\nname: web  \r\nenabled: yes\r\n";
        _cli.Write("app.yaml", text);

        // When
        var (code, output, error) = _cli.Run("lint", "--diff", "--no-config-discovery", "app.yaml");

        // Then a unified diff of the whole fix (the \r of the old lines shown), the file unchanged, exit 1 for CI
        output.ShouldBe("--- a/app.yaml\n+++ b/app.yaml\n@@ -1,3 +1,3 @@\n----\\r\n-name: web  \\r\n-enabled: yes\\r\n+---\n+name: web\n+enabled: true\n");
        File.ReadAllText(Path.Combine(_cli.Path, "app.yaml")).ShouldBe(text);
        error.ShouldContain("would fix");
        code.ShouldBe(CommandLine.Failure);
    }

    [Fact]
    public void Diff_of_a_clean_tree_is_empty_and_exits_zero()
    {
        _cli.Write("ok.yaml", "---\nname: web\n");

        var (code, output, _) = _cli.Run("lint", "--diff", "--no-config-discovery", ".");

        output.ShouldBeEmpty();
        code.ShouldBe(CommandLine.Success);
    }

    [Fact]
    public void A_diff_hunk_keeps_three_lines_of_context_and_far_changes_get_their_own_hunk()
    {
        // Given trailing spaces on line 3 and line 13 of a 13-line file
        var lines = Enumerable.Range(1, 12).Select(i => $"key{i}: {i}").ToList();
        lines.Insert(0, "---");
        lines[2] += " ";
        lines[12] += " ";
        _cli.Write("long.yaml", string.Join("\n", lines) + "\n");

        // When
        var (_, output, _) = _cli.Run("lint", "--diff", "--no-config-discovery", "long.yaml");

        // Then
        output.ShouldBe("--- a/long.yaml\n+++ b/long.yaml\n"
            + "@@ -1,6 +1,6 @@\n ---\n key1: 1\n-key2: 2 \n+key2: 2\n key3: 3\n key4: 4\n key5: 5\n"
            + "@@ -10,4 +10,4 @@\n key9: 9\n key10: 10\n key11: 11\n-key12: 12 \n+key12: 12\n");
    }

    [Fact]
    [System.Runtime.Versioning.SupportedOSPlatform("linux")]
    public void Fix_keeps_a_byte_order_mark_and_the_file_mode()
    {
        // Given a UTF-8 file with a byte order mark, executable (a script-like file some teams keep)
        var path = Path.Combine(_cli.Path, "bom.yaml");
        File.WriteAllBytes(path, [0xEF, 0xBB, 0xBF, .. "---\nname: web  \n"u8.ToArray()]);
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);

        // When
        _cli.Run("lint", "--fix", "--no-config-discovery", "bom.yaml");

        // Then
        File.ReadAllBytes(path).ShouldBe([0xEF, 0xBB, 0xBF, .. "---\nname: web\n"u8.ToArray()]);
        File.GetUnixFileMode(path).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }
}
