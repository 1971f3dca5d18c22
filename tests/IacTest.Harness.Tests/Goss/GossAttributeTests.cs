using IacTest.Harness.Checks.Probes;
using IacTest.Harness.Goss;

namespace IacTest.Harness.Tests.Goss;

/// <summary>Every attribute of goss's manual is read: it reaches the probe or the expectations, with no diagnostic.</summary>
public sealed class GossAttributeTests
{
    [Theory]
    [InlineData("http", "http://web/", "method: PUT", "Method = PUT")]
    [InlineData("http", "http://web/", "request-body: '{\"name\": \"mug\"}'", "RequestBody = {\"name\": \"mug\"}")]
    [InlineData("http", "http://web/", "proxy: http://proxy.internal:3128", "Proxy = http://proxy.internal:3128/")]
    [InlineData("http", "https://web/", "ca-file: /etc/ssl/certs/shop-ca.pem", "CaFile = /etc/ssl/certs/shop-ca.pem")]
    [InlineData("http", "https://web/", "cert-file: /etc/shop/client.pem", "CertFile = /etc/shop/client.pem")]
    [InlineData("http", "https://web/", "key-file: /etc/shop/client.key", "KeyFile = /etc/shop/client.key")]
    [InlineData("http", "http://web/", "no-follow-redirects: true", "NoFollowRedirects = True")]
    [InlineData("http", "http://web/", "allow-insecure: true", "AllowInsecure = True")]
    [InlineData("http", "http://web/", "url: http://web:8080/health", "Url = http://web:8080/health")]
    [InlineData("addr", "tcp://db:5432", "local-address: 10.0.0.5", "LocalAddress = 10.0.0.5")]
    [InlineData("addr", "database", "address: tcp://db:5432", "Address = tcp://db:5432")]
    [InlineData("file", "config", "path: /etc/shop.conf", "Path = /etc/shop.conf")]
    [InlineData("package", "py", "name: python3", "Name = python3")]
    [InlineData("service", "web", "name: nginx", "Name = nginx")]
    [InlineData("user", "app", "username: shop", "Name = shop")]
    [InlineData("group", "app", "groupname: shop", "Name = shop")]
    [InlineData("process", "web", "comm: nginx", "Name = nginx")]
    [InlineData("dns", "db", "resolve: db.internal", "Name = db.internal")]
    [InlineData("kernel-param", "forwarding", "name: net.ipv4.ip_forward", "Key = net.ipv4.ip_forward")]
    [InlineData("interface", "uplink", "name: eth0", "Name = eth0")]
    [InlineData("port", "https", "port: tcp:443", "Spec = tcp:443")]
    [InlineData("mount", "root", "mountpoint: /", "MountPoint = /")]
    [InlineData("command", "version", "exec: nginx -v", "Command = nginx -v")]
    public void An_option_reaches_the_probe(string type, string key, string attribute, string expected)
    {
        // Given: one resource with one option beside an attribute to check
        var check = type switch
        {
            "http" => "status: 200",
            "addr" => "reachable: true",
            "file" or "user" or "group" or "mount" or "interface" => "exists: true",
            "package" => "installed: true",
            "service" or "process" => "running: true",
            "dns" => "resolvable: true",
            "kernel-param" => "value: \"1\"",
            "port" => "listening: true",
            _ => "exit-status: 0",
        };

        // When
        var suite = Load($"{type}:\n  {key}:\n    {attribute}\n    {check}\n");

        // Then
        suite.Diagnostics.ShouldBeEmpty();
        suite.Resources.Single().Check.Probe.ToString()!.ShouldContain(expected);
    }

    [Theory]
    [InlineData("http", "http://web/", "headers: [\"Content-Type: text/html\"]", "headers")]
    [InlineData("mount", "/", "usage: {lt: 95}", "usage")]
    [InlineData("service", "nginx", "runlevels: [\"2\", \"3\"]", "runlevels")]
    [InlineData("matching", "answer", "content: 42", "matches")]
    public void An_attribute_becomes_an_expectation(string type, string key, string attribute, string expected)
    {
        var other = type == "matching" ? "matches: {gt: 40}" : type == "http" ? "status: 200" : type == "mount" ? "exists: true" : "running: true";

        var suite = Load($"{type}:\n  {key}:\n    {attribute}\n    {other}\n");

        suite.Diagnostics.ShouldBeEmpty();
        var resource = suite.Resources.Single();
        resource.Check.Expectations.Select(e => e.Key).ShouldContain(expected);
        resource.Check.Probe.Attributes.ShouldContain(expected);
    }

    [Fact]
    public void Username_and_password_become_a_basic_authorization_header()
    {
        var suite = Load("http:\n  http://web/admin:\n    username: shop-admin\n    password: s3cr3t-admin-pw\n    request-headers: [\"Accept: text/plain\"]\n    status: 200\n");

        suite.Diagnostics.ShouldBeEmpty();
        var probe = (HttpProbe)suite.Resources.Single().Check.Probe;
        probe.RequestHeaders.ShouldBe(["Accept: text/plain", "Authorization: Basic " + Convert.ToBase64String("shop-admin:s3cr3t-admin-pw"u8.ToArray())]);
    }

    [Fact]
    public void Matching_compares_its_own_content()
    {
        var suite = Load("matching:\n  sizes:\n    content: [s, m, l]\n    matches: {consist-of: [l, m, s]}\n  count:\n    content: \"14\"\n    matches: {gt: 10}\n  wrong:\n    content: FAIL\n    matches: {not: FAIL}\n");

        suite.Diagnostics.ShouldBeEmpty();
        // (the probe is read by reflection so this test also compiles against a loader that did not know matching)
        suite.Resources.Select(r => (r.Label, r.Check.Expectations.Single().Value.Matches(r.Check.Probe.GetType().GetProperty("Content")!.GetValue(r.Check.Probe)))).ShouldBe([
            ("matching:sizes", true), ("matching:count", true), ("matching:wrong", false),
        ]);
    }

    [Fact]
    public void An_unknown_attribute_is_positioned_and_the_rest_of_the_resource_still_runs()
    {
        // Given: a misspelt attribute in the middle of a resource, and a bad matcher in another
        var suite = Load("file:\n  /etc/passwd:\n    exists: true\n    colour: blue\n    mode: \"0644\"\nport:\n  tcp:22:\n    listening: true\n    ip: {starts-with: \"0.0\"}\n");

        // Then: both are reported where they are, and both resources keep their other attributes
        suite.Diagnostics.Select(d => $"{Path.GetFileName(d.File)}:{d.Line}:{d.Column} {d.Message}").ShouldBe([
            "goss.yaml:4:5 file /etc/passwd: unknown attribute 'colour' (known: exists, mode, owner, group, filetype, contents, contains, md5, sha256, sha512, size, linked-to, path, title, meta, skip)",
            "goss.yaml:9:10 unknown matcher 'starts-with' (known: equal, have-prefix, have-suffix, contain-substring, match-regexp, lt, le, gt, ge, contain-element, contain-elements, consist-of, have-len, have-patterns, have-key, semver-constraint, gjson, and, or, not)",
        ]);
        suite.Resources.Select(r => r.Label + " " + string.Join(",", r.Check.Expectations.Select(e => e.Key))).ShouldBe([
            "file:/etc/passwd exists,mode", "port:tcp:22 listening",
        ]);
    }

    [Fact]
    public void A_value_that_still_holds_a_template_is_a_diagnostic_and_is_not_compared()
    {
        // Given: a vars value that itself looks like a template (goss renders once, so it stays)
        var vars = new Dictionary<string, object?> { ["banner"] = "Welcome {{ .Vars.site }}" };

        var suite = Load("command:\n  echo hi:\n    exit-status: 0\n    stdout: [\"{{ .Vars.banner }}\"]\n", vars);

        suite.Diagnostics.Select(d => $"{d.Line}:{d.Column} {d.Message}").ShouldBe([
            "4:14 command echo hi: stdout still holds a template after rendering ('Welcome {{ .Vars.site }}'); it is not checked",
        ]);
        suite.Resources.Single().Check.Expectations.Select(e => e.Key).ShouldBe(["exit-status"]);
    }

    [Fact]
    public void A_problem_in_rendered_text_points_at_the_line_of_the_file_that_produced_it()
    {
        // Given: a range that makes two users, each with a misspelt attribute on line 6 of the file
        var vars = new Dictionary<string, object?> { ["users"] = new List<object?> { "ann", "bob" } };

        var suite = Load("# accounts\nuser:\n{{- range .Vars.users }}\n  {{ . }}:\n    exists: true\n    colour: blue\n{{- end }}\ngroup:\n  staff: {exists: true, gid: {lt: many}}\n", vars);

        suite.Diagnostics.Select(d => $"{d.Line}:{d.Column} {d.Message}").ShouldBe([
            "6:5 user ann: unknown attribute 'colour' (known: exists, uid, gid, groups, home, shell, username, title, meta, skip)",
            "6:5 user bob: unknown attribute 'colour' (known: exists, uid, gid, groups, home, shell, username, title, meta, skip)",
            "9:35 expected a number, found 'many'",
        ]);
        suite.Resources.Select(r => $"{r.Line} {r.Label}").ShouldBe(["4 user:ann", "4 user:bob", "9 group:staff"]);
    }

    [Fact]
    public void Gossfile_entries_follow_file_and_skip()
    {
        var dir = Directory.CreateTempSubdirectory("iactest-goss-").FullName;
        Directory.CreateDirectory(Path.Combine(dir, "parts"));
        File.WriteAllText(Path.Combine(dir, "parts", "web.yaml"), "process:\n  nginx:\n    running: true\n");
        File.WriteAllText(Path.Combine(dir, "parts", "old.yaml"), "broken: [\n");
        File.WriteAllText(Path.Combine(dir, "goss.yaml"),
            "gossfile:\n  web:\n    file: parts/web.yaml\n  parts/old.yaml:\n    skip: true\n  obsolete:\n    file: parts/*.yaml\n    skip: true\n  extra:\n    file: parts/web.yaml\n    colour: red\n");

        var suite = GossSuite.Load(Path.Combine(dir, "goss.yaml"));

        suite.Diagnostics.Select(d => $"{d.Line}:{d.Column} {d.Message}").ShouldBe(["11:5 gossfile extra: unknown attribute 'colour' (known: file, skip)"]);
        suite.Resources.Select(r => r.Label).ShouldBe(["process:nginx", "process:nginx"]);
        Directory.Delete(dir, recursive: true);
    }

    private static GossSuite Load(string yaml, IReadOnlyDictionary<string, object?>? vars = null)
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("iactest-goss-").FullName, "goss.yaml");
        File.WriteAllText(file, yaml);
        return GossSuite.Load(file, vars: vars);
    }
}
