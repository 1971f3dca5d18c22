using IacTest.Harness.Goss.Templates;
using IacTest.Harness.Secrets;

namespace IacTest.Harness.Tests.Goss;

/// <summary>The Go-template subset goss files use, with the outputs Go's text/template (and Sprig) give.</summary>
public sealed class GossTemplateTests
{
    private static readonly Dictionary<string, object?> Vars = new()
    {
        ["site"] = "webshop",
        ["port"] = 8080L,
        ["enabled"] = true,
        ["users"] = new List<object?> { "ann", "bob" },
        ["pkgs"] = new Dictionary<string, object?> { ["nginx"] = "1.22", ["curl"] = "7.88" },
        ["db"] = new Dictionary<string, object?> { ["host"] = "db.internal" },
        ["empty"] = "",
        ["nobody"] = new List<object?>(),
    };

    private static readonly Dictionary<string, object?> Env = new() { ["OS"] = "debian", ["HOME"] = "/root" };

    [Theory]
    [InlineData("{{ .Vars.site }}", "webshop")]
    [InlineData("{{.Vars.db.host}}:{{ .Vars.port }}", "db.internal:8080")]
    [InlineData("{{ .Env.OS }}", "debian")]
    [InlineData("{{ index .Vars \"db\" \"host\" }}", "db.internal")]
    [InlineData("{{ (index .Vars \"db\").host }}", "db.internal")]
    [InlineData("{{ concat (list 1) .Vars.users }} {{ $u := .Vars.users }}{{ concat $u .Vars.users | len }}", "[1 ann bob] 4")]
    [InlineData("{{ range .Vars.users }}[{{ . }}]{{ end }}", "[ann][bob]")]
    [InlineData("{{ range $i, $u := .Vars.users }}{{ $i }}={{ $u }} {{ end }}", "0=ann 1=bob ")]
    [InlineData("{{ range $name, $v := .Vars.pkgs }}{{ $name }}@{{ $v }};{{ end }}", "curl@7.88;nginx@1.22;")]
    [InlineData("{{ range .Vars.nobody }}x{{ else }}none{{ end }}", "none")]
    [InlineData("{{ if .Vars.enabled }}on{{ else }}off{{ end }}", "on")]
    [InlineData("{{ if .Vars.empty }}a{{ else if eq .Env.OS \"debian\" }}b{{ else }}c{{ end }}", "b")]
    [InlineData("{{ if and .Vars.enabled (gt .Vars.port 1024) }}high{{ end }}", "high")]
    [InlineData("{{ if not .Vars.empty }}blank{{ end }}", "blank")]
    [InlineData("{{ with .Vars.db }}{{ .host }}{{ end }}", "db.internal")]
    [InlineData("{{ $p := .Vars.port }}{{ $p }}", "8080")]
    [InlineData("{{ printf \"%s:%d\" .Vars.site .Vars.port }}", "webshop:8080")]
    [InlineData("{{ printf \"%05d|%-6s|%q|%.2f|%x|%v\" 42 \"ab\" \"a\\\"b\" 3.14159 255 true }}", "00042|ab    |\"a\\\"b\"|3.14|ff|true")]
    [InlineData("{{ printf \"%d\" }}", "%!d(MISSING)")]
    [InlineData("{{ .Vars.site | upper }} {{ toUpper \"x\" }} {{ \"ABC\" | lower }}", "WEBSHOP X abc")]
    [InlineData("{{ .Vars.empty | default \"fallback\" }} {{ .Vars.site | default \"fallback\" }}", "fallback webshop")]
    [InlineData("{{ if .Env.OS | regexMatch \"^deb(ian)?$\" }}yes{{ end }}", "yes")]
    [InlineData("{{ .Vars.site | contains \"shop\" }} {{ hasPrefix \"web\" .Vars.site }}", "true true")]
    [InlineData("{{ $a := split \".\" \"1.22.3\" }}{{ $a._0 }}-{{ $a._2 }}", "1-3")]
    [InlineData("{{ join \",\" (splitList \" \" \"a b c\") }}", "a,b,c")]
    [InlineData("{{ \"hello!\" | upper | repeat 2 }}", "HELLO!HELLO!")]
    [InlineData("{{ range mkSlice \"/etc/passwd\" \"/etc/group\" }}{{ . }} {{ end }}", "/etc/passwd /etc/group ")]
    [InlineData("{{ getEnv \"NOPE\" \"dflt\" }}/{{ getEnv \"OS\" }}", "dflt/debian")]
    [InlineData("{{ trimSuffix \".yaml\" \"web.yaml\" }} {{ replace \"-\" \"_\" \"a-b\" }} {{ trim \"  x \" }}", "web a_b x")]
    [InlineData("{{ add 1 2 }} {{ sub 10 4 }} {{ mul 2 3 }} {{ div 7 2 }} {{ mod 7 2 }}", "3 6 6 3 1")]
    [InlineData("{{ len .Vars.users }} {{ len .Vars.site }} {{ first .Vars.users }} {{ last .Vars.users }}", "2 7 ann bob")]
    [InlineData("{{ hasKey .Vars.pkgs \"nginx\" }} {{ keys .Vars.pkgs | sortAlpha }} {{ .Vars.users }}", "true [curl nginx] [ann bob]")]
    [InlineData("{{ ternary \"a\" \"b\" false }} {{ coalesce \"\" .Vars.site }} {{ empty .Vars.empty }}", "b webshop true")]
    [InlineData("{{ (findStringSubmatch \"(?P<user>[a-z]+)@(?P<host>[a-z.]+)\" \"ann@db.internal\").host }}", "db.internal")]
    [InlineData("{{ quote .Vars.site }} {{ squote .Vars.site }} {{ .Vars.site | title }}", "\"webshop\" 'webshop' Webshop")]
    [InlineData("a  {{- /* a comment */ -}}  b", "ab")]
    [InlineData("x:\n{{- range .Vars.users }}\n  - {{ . }}\n{{- end }}\n", "x:\n  - ann\n  - bob\n")]
    [InlineData("{{ `raw \\n` }}", "raw \\n")]
    [InlineData("{{ eq .Vars.port 8080 }} {{ eq .Vars.site \"a\" \"webshop\" }} {{ ne 1 2 }} {{ lt \"a\" \"b\" }}", "true true true true")]
    public void Renders_like_go(string template, string expected)
    {
        var (output, problems) = Render(template);

        problems.ShouldBeEmpty();
        output.ShouldBe(expected);
    }

    [Theory]
    [InlineData("a\n  {{ .Vars.nope }}", "2:6 goss var 'nope' is not defined (vars: site, port, enabled, users, pkgs, db, empty, nobody)")]
    [InlineData("{{ .Vars.db.port }}", "1:4 goss var 'db.port' is not defined")]
    [InlineData("{{ .Env.MISSING }}", "1:4 environment variable 'MISSING' is not set (use getEnv \"MISSING\" \"default\" for an optional one)")]
    [InlineData("x {{ frobnicate .Vars.site }}", "1:6 frobnicate: function not defined")]
    [InlineData("{{ upper }}", "1:4 upper: takes 1 argument(s), got 0")]
    [InlineData("{{ index .Vars.users 5 }}", "1:4 index: index 5 out of range (length 2)")]
    [InlineData("{{ range .Vars.site }}x{{ end }}", "1:4 range can't iterate over a text")]
    [InlineData("{{ .Vars.site", "1:1 template: unclosed action: '{{' without '}}'")]
    [InlineData("\n\n{{ if .Vars.enabled }}x", "3:4 template: {{ if }} without {{ end }}")]
    [InlineData("{{ end }}", "1:4 template: {{ end }} without an opening if, range or with")]
    [InlineData("{{ \"open }}", "1:4 template: unclosed string")]
    [InlineData("{{ range .Vars.users }}{{ break }}{{ end }}", "1:27 template: 'break' is not supported in goss files here")]
    [InlineData("a\n{{ template \"nope\" . }}", "2:4 template \"nope\" not defined")]
    [InlineData("{{ define \"x\" }}A{{ end }}{{ define \"x\" }}B{{ end }}", "1:37 template: multiple definition of template \"x\"")]
    [InlineData("{{ define \"loop\" }}{{ template \"loop\" . }}{{ end }}{{ template \"loop\" . }}", "1:23 template \"loop\" calls itself more than 100 levels deep")]
    [InlineData("{{ $x }}", "1:4 undefined variable $x")]
    [InlineData("{{ .Vars.site 1 }}", "1:4 only a function can take arguments")]
    public void Problems_are_positioned(string template, string expected)
    {
        var (_, problems) = Render(template);

        problems.ShouldBe([expected]);
    }

    [Fact]
    public void Random_functions_render_fresh_text_of_sprigs_length_and_alphabet()
    {
        // Given two calls of each random function in one template
        const string Template = "{{ randAlphaNum 16 }} {{ randAlphaNum 16 }} {{ randAlpha 8 }} {{ randNumeric 6 }} {{ randAscii 10 }}\n{{ uuidv4 }} {{ randInt 10 20 }} {{ randBytes 9 }} {{ shuffle \"goss\" }}";

        // When it renders
        var (output, problems) = Render(Template);

        // Then each has its length and alphabet, and the two alike calls differ (1 in 62^16 to be equal)
        problems.ShouldBeEmpty();
        // (a line break between the halves: randAscii may print any other character, a '|' included)
        var (letters, rest) = (output.Split('\n')[0], output.Split('\n')[1]);
        var parts = letters.Split(' ', 5);
        parts[0].ShouldMatch("^[A-Za-z0-9]{16}$");
        parts[1].ShouldMatch("^[A-Za-z0-9]{16}$");
        parts[0].ShouldNotBe(parts[1]);
        parts[2].ShouldMatch("^[A-Za-z]{8}$");
        parts[3].ShouldMatch("^[0-9]{6}$");
        parts[4].Length.ShouldBe(10);
        parts[4].ShouldAllBe(c => c >= ' ' && c <= '~');
        var others = rest.Split(' ');
        others[0].ShouldMatch("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$");
        long.Parse(others[1], System.Globalization.CultureInfo.InvariantCulture).ShouldBeInRange(10, 19);
        Convert.FromBase64String(others[2]).Length.ShouldBe(9);
        others[3].Order().ShouldBe("goss".Order());
    }

    [Fact]
    public void Ago_prints_the_time_since_as_a_go_duration()
    {
        // Given a time two hours back (the render takes far less than the minute the assertion leaves it)
        var (output, problems) = Render("{{ ago (dateModify \"-2h\" now) }}|{{ ago \"not a time\" }}");

        // Then it reads as Go prints a duration rounded to the second; something that is no time is now, as in Sprig
        problems.ShouldBeEmpty();
        output.ShouldMatch("^2h0m[0-9]{1,2}s\\|0s$");
    }

    [Theory]
    [InlineData("{{ (semver \"1.2\").Build }}", "1:4 can't read field 'Build' of a version in .Build")]
    [InlineData("{{ semver \"1.x\" }}", "1:4 semver: Invalid Semantic Version")]
    [InlineData("{{ set \"text\" \"k\" 1 }}", "1:4 set: expected a map, found a text")]
    [InlineData("{{ randInt 5 5 }}", "1:4 randInt: randInt needs a maximum above its minimum")]
    public void Sprig_functions_fail_positioned(string template, string expected)
    {
        var (_, problems) = Render(template);

        problems.ShouldBe([expected]);
    }

    [Fact]
    public void A_failed_action_stays_as_written_so_its_value_is_never_compared()
    {
        var failed = new HashSet<string>();

        var output = GossTemplate.Render("port: {{ .Vars.nope }}\nsite: {{ .Vars.site }}\n", ".", Vars, Env, (_, _, _) => { }, failed);

        output.ShouldBe("port: {{ .Vars.nope }}\nsite: webshop\n");
        failed.ShouldBe(["{{ .Vars.nope }}"]);
    }

    [Fact]
    public void A_text_made_from_a_secret_is_masked_too()
    {
        var token = "tok-" + Guid.NewGuid().ToString("N");
        var vars = new Dictionary<string, object?> { ["token"] = SecretValue.Of(token) };

        var output = GossTemplate.Render("{{ .Vars.token }} {{ .Vars.token | upper }} {{ printf \"Bearer %s\" .Vars.token }}", ".", vars, Env, (_, _, _) => { }, new HashSet<string>());

        output.ShouldBe($"{token} {token.ToUpperInvariant()} Bearer {token}");
        var masked = SecretMasker.Shared.Mask(output);
        masked.ShouldNotContain(token);
        masked.ShouldNotContain(token.ToUpperInvariant());
    }

    [Fact]
    public void ReadFile_reads_beside_the_goss_file_and_trims()
    {
        var dir = Directory.CreateTempSubdirectory("iactest-goss-").FullName;
        File.WriteAllText(Path.Combine(dir, "release"), "  2.4.1\n");

        var output = GossTemplate.Render("{{ readFile \"release\" }}", dir, Vars, Env, (_, _, _) => { }, new HashSet<string>());

        output.ShouldBe("2.4.1");
        Directory.Delete(dir, recursive: true);
    }

    private static (string Output, List<string> Problems) Render(string template)
    {
        var problems = new List<string>();
        var output = GossTemplate.Render(template, ".", Vars, Env, (line, column, message) => problems.Add($"{line}:{column} {message}"), new HashSet<string>());
        return (output, problems);
    }
}
