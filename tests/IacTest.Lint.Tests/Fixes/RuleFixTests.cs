namespace IacTest.Lint.Tests.Fixes;

/// <summary>Each fix on the cases that decide it: exact text out, nothing else of the file touched.</summary>
public sealed class RuleFixTests
{
    [Fact]
    public void Trailing_spaces_go_and_a_windows_line_break_stays()
    {
        // Given lines ending in spaces and a tab, with \r\n breaks
        var text = "---\r\nname: web  \r\n# port follows\t\r\nport: 80\r\n";

        // When
        var result = FixerHarness.Fix(text, configuration: FixerHarness.With("new-lines", ("type", "dos")));

        // Then
        result.Text.ShouldBe("---\r\nname: web\r\n# port follows\r\nport: 80\r\n");
        result.Applied.ShouldBe(2);
    }

    [Fact]
    public void A_trailing_space_inside_a_literal_block_is_part_of_the_value_and_stays()
    {
        // Given a trailing space in a literal block (its value) and one after a plain value (layout)
        var text = "---\nscript: |\n  echo a \n  echo b\nname: web \n";

        // When
        var result = FixerHarness.Fix(text);

        // Then only the layout one is removed; the block's is still reported
        result.Text.ShouldBe("---\nscript: |\n  echo a \n  echo b\nname: web\n");
        result.Remaining.Select(d => $"{d.Line}:{d.Column} {d.Rule}").ShouldBe(["3:9 trailing-spaces"]);
    }

    [Fact]
    public void The_last_line_gets_the_line_break_the_file_uses()
    {
        FixerHarness.Fix("---\r\nname: web\r\nport: 80", configuration: FixerHarness.With("new-lines", ("type", "dos"))).Text.ShouldBe("---\r\nname: web\r\nport: 80\r\n");
    }

    [Fact]
    public void Every_line_break_becomes_the_expected_one_though_the_rule_checks_the_first()
    {
        FixerHarness.Fix("---\r\nname: web\r\nport: 80\n").Text.ShouldBe("---\nname: web\nport: 80\n");
    }

    [Fact]
    public void Blank_lines_over_each_maximum_are_removed()
    {
        // Given runs over max (2), max-start (0) and max-end (0)
        var text = "\n---\na: 1\n\n\n\n\nb: 2\n\n";

        // When
        var result = FixerHarness.Fix(text);

        // Then each run keeps what its maximum allows
        result.Text.ShouldBe("---\na: 1\n\n\nb: 2\n");
    }

    [Theory]
    [InlineData("---\nenabled: yes\nlegacy: Off\n", "[\"true\", \"false\"]", "---\nenabled: true\nlegacy: false\n")]
    [InlineData("---\nenabled: true\nlegacy: False\n", "[\"yes\", \"no\"]", "---\nenabled: yes\nlegacy: no\n")]
    public void A_truthy_value_becomes_the_allowed_spelling_of_the_same_truth(string text, string allowed, string expected)
    {
        // Given allowed-values as configured
        var values = allowed.Trim('[', ']').Split(", ").Select(v => v.Trim('"')).ToArray();

        // When
        var result = FixerHarness.Fix(text, configuration: FixerHarness.With("truthy", ("allowed-values", values)));

        // Then
        result.Text.ShouldBe(expected);
    }

    [Fact]
    public void A_truthy_value_without_an_allowed_spelling_of_its_truth_is_left_to_a_person()
    {
        // Given only "true" allowed: "no" has no allowed spelling
        var result = FixerHarness.Fix("---\na: yes\nb: no\n", configuration: FixerHarness.With("truthy", ("allowed-values", new[] { "true" })));

        // Then
        result.Text.ShouldBe("---\na: true\nb: no\n");
        result.Remaining.Select(d => d.Rule).ShouldBe(["truthy"]);
    }

    [Fact]
    public void Strings_are_quoted_as_asked_with_the_same_value()
    {
        // Given quoted-strings asking for double quotes everywhere
        var text = "---\nname: it's web  # the name\nurl: 'http://x/\"a\"'\nport: 80\ntags: [a, 'b']\n";

        // When
        var result = FixerHarness.Fix(text, configuration: FixerHarness.With("quoted-strings", ("quote-type", "double"), ("required", true)));

        // Then comments and numbers are untouched, quotes inside are escaped
        result.Text.ShouldBe("---\nname: \"it's web\"  # the name\nurl: \"http://x/\\\"a\\\"\"\nport: 80\ntags: [\"a\", \"b\"]\n");
        result.Remaining.ShouldBeEmpty();
    }

    [Fact]
    public void Redundant_quotes_go_where_the_plain_value_is_the_same_string()
    {
        // Given only-when-needed: "web" needs none, "80" and "yes" do (plain they would be a number and a boolean)
        var text = "---\nname: \"web\"\nport: \"80\"\nflag: 'yes'\n";

        // When
        var result = FixerHarness.Fix(text, configuration: FixerHarness.With("quoted-strings", ("required", "only-when-needed")));

        // Then
        result.Text.ShouldBe("---\nname: web\nport: \"80\"\nflag: 'yes'\n");
    }

    [Fact]
    public void A_sequence_moves_to_the_expected_column_with_what_is_nested_in_it()
    {
        // Given a sequence at 1 where 4 spaces are expected, with a nested mapping, a block scalar and a blank line
        var text = "---\nitems:\n - name: a\n   script: |\n     echo a\n       indented\n\n - name: b\nafter: 1\n";

        // When
        var result = FixerHarness.Fix(text, configuration: FixerHarness.With("indentation", ("spaces", 4), ("indent-sequences", true)));

        // Then every line of it moves by 3, the blank line stays empty, the next key stays
        result.Text.ShouldBe("---\nitems:\n    - name: a\n      script: |\n        echo a\n          indented\n\n    - name: b\nafter: 1\n");
        result.Remaining.ShouldBeEmpty();
    }

    [Fact]
    public void An_indentless_sequence_moves_under_its_key_when_indent_sequences_asks_for_it()
    {
        var result = FixerHarness.Fix("---\nitems:\n- a\n- b\n", configuration: FixerHarness.With("indentation", ("indent-sequences", true)));

        result.Text.ShouldBe("---\nitems:\n  - a\n  - b\n");
        result.Remaining.ShouldBeEmpty();
    }

    [Fact]
    public void A_mapping_moves_with_its_sibling_keys_and_what_is_nested_in_them()
    {
        // Given a mapping indented by 3 where 2 are expected
        var text = "---\na:\n   b: 1\n   c:\n     - x\nd: 2\n";

        // When
        var result = FixerHarness.Fix(text, configuration: FixerHarness.With("indentation", ("spaces", 2)));

        // Then
        result.Text.ShouldBe("---\na:\n  b: 1\n  c:\n    - x\nd: 2\n");
        result.Remaining.ShouldBeEmpty();
    }

    [Fact]
    public void A_plain_multi_line_string_continues_at_the_column_of_its_value()
    {
        // Given a plain multi-line string whose continuation is indented less than its value (the same data either way)
        var text = "---\nkey: one\n two\n";

        // When
        var result = FixerHarness.Fix(text, configuration: FixerHarness.With("indentation", ("check-multi-line-strings", true)));

        // Then
        result.Text.ShouldBe("---\nkey: one\n     two\n");
        result.Remaining.ShouldBeEmpty();
    }

    [Fact]
    public void A_literal_block_line_indented_wrongly_is_left_to_a_person()
    {
        // Given a literal block whose second line is indented more than its first: moving it would change the value
        var text = "---\nscript: |\n  echo a\n    echo b\n";

        // When
        var result = FixerHarness.Fix(text, configuration: FixerHarness.With("indentation", ("check-multi-line-strings", true)));

        // Then
        result.Text.ShouldBe(text);
        result.Remaining.Select(d => d.Rule).ShouldBe(["indentation"]);
    }

    [Fact]
    public void Comments_get_their_starting_space_and_the_configured_room_before_them()
    {
        // Given a comment without its space and an inline comment one space from content (3 required)
        var text = "---\n#comment\nport: 80 #inline\n";

        // When
        var result = FixerHarness.Fix(text, configuration: FixerHarness.With("comments", ("min-spaces-from-content", 3)));

        // Then
        result.Text.ShouldBe("---\n# comment\nport: 80   # inline\n");
        result.Remaining.ShouldBeEmpty();
    }

    [Fact]
    public void The_document_start_goes_below_the_leading_comments_and_a_forbidden_one_is_removed()
    {
        FixerHarness.Fix("# Web servers\nname: web\n").Text.ShouldBe("# Web servers\n---\nname: web\n");
        FixerHarness.Fix("---\nname: web\n", configuration: FixerHarness.With("document-start", ("present", false))).Text.ShouldBe("name: web\n");
    }

    [Fact]
    public void A_builtin_module_gets_its_full_name_and_only_the_task_key_changes()
    {
        // Given two tasks with short builtin names, one with a key of the same name deeper in its arguments
        var text = "---\n- name: Install nginx\n  apt:\n    name: nginx\n- name: Copy   # keep me\n  become: true\n  copy:\n    src: copy\n    dest: /tmp/copy\n";

        // When
        var result = FixerHarness.Fix(text, "roles/web/tasks/main.yml");

        // Then
        result.Text.ShouldBe("---\n- name: Install nginx\n  ansible.builtin.apt:\n    name: nginx\n- name: Copy   # keep me\n  become: true\n  ansible.builtin.copy:\n    src: copy\n    dest: /tmp/copy\n");
        result.Remaining.Where(d => d.BaseRule == "fqcn").ShouldBeEmpty();
    }

    [Fact]
    public void Fixes_that_touch_the_same_text_are_applied_in_rounds_until_none_is_left()
    {
        // Given \r\n breaks (a whole-file fix) with trailing spaces and no document start, all in the first round
        var text = "name: web  \r\nenabled: yes\r\n";

        // When
        var result = FixerHarness.Fix(text);

        // Then the line break fix went first, the others in later rounds
        result.Text.ShouldBe("---\nname: web\nenabled: true\n");
        result.Applied.ShouldBe(4);
        result.Remaining.ShouldBeEmpty();
    }

    [Fact]
    public void Anchors_aliases_and_comments_are_kept()
    {
        // Given an anchored mapping used by an alias, with comments, and findings around them
        var text = "---\nbase: &base   \n  enabled: yes  # on\nweb:\n  <<: *base\n  port: 80\n";

        // When
        var result = FixerHarness.Fix(text);

        // Then
        result.Text.ShouldBe("---\nbase: &base\n  enabled: true  # on\nweb:\n  <<: *base\n  port: 80\n");
    }

    [Fact]
    public void A_file_that_does_not_parse_is_not_changed()
    {
        var text = "name: web  \nitems: [a, b\n";

        FixerHarness.Fix(text).Text.ShouldBe(text);
    }
}
