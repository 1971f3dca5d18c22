using IacTest.Harness.Goss;
using IacTest.Harness.Secrets;

namespace IacTest.Harness.Tests.Goss;

public sealed class GossVarsTests
{
    [Fact]
    public void Vars_fill_ids_titles_and_expectations_and_secret_vars_are_masked_in_row_names()
    {
        // Given: a vars file as a pipeline writes it, one of its values a secret
        var folder = Directory.CreateTempSubdirectory("iactest-goss-vars-").FullName;
        var token = "tok-" + Guid.NewGuid().ToString("N");
        File.WriteAllText(Path.Combine(folder, "vars.yaml"), $"app:\n  port: 8080\n  token: \"{token}\"\n");
        var goss = Path.Combine(folder, "goss.yaml");
        File.WriteAllText(goss, "port:\n  tcp:{{ .Vars.app.port }}:\n    listening: true\ncommand:\n  \"echo {{.Vars.app.token}}\":\n    title: token {{ .Vars.app.token }}\n    exit-status: 0\n");

        // When
        var suite = GossSuite.Load(goss, vars: GossVars.Load(Path.Combine(folder, "vars.yaml"), "app.token"));

        // Then
        suite.Diagnostics.ShouldBeEmpty();
        suite.Resources.Select(r => r.Label).ShouldBe(["port:tcp:8080", "command:echo ******** (token ********)"]);
        suite.Resources[1].Check.Id.ShouldBe($"echo {token}");
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public void An_undefined_var_is_a_positioned_problem_and_a_secret_name_must_exist()
    {
        var folder = Directory.CreateTempSubdirectory("iactest-goss-vars-").FullName;
        var goss = Path.Combine(folder, "web.yaml");
        File.WriteAllText(goss, "addr:\n  tcp://{{ .Vars.db_host }}:5432:\n    reachable: true\n");
        File.WriteAllText(Path.Combine(folder, "vars.yaml"), "port: 80\n");

        var suite = GossSuite.Load(goss, vars: new Dictionary<string, object?> { ["port"] = 80, ["token"] = SecretValue.Of("abcd-1234") });
        var missing = Should.Throw<GossFileException>(() => GossVars.Load(Path.Combine(folder, "vars.yaml"), "db_password"));

        suite.Diagnostics.Select(d => $"{Path.GetFileName(d.File)}({d.Line},{d.Column}): {d.Message}")
            .ShouldBe(["web.yaml(2,12): goss var 'db_host' is not defined (vars: port, token)"]);
        missing.Message.ShouldContain("secret var 'db_password' is not a text value of this file");
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public void A_goss_file_using_sprig_semver_dictionaries_and_random_names_loads_whole()
    {
        // Given a goss file as a team writes one: a scratch file with a random name, versions and ports from vars
        var folder = Directory.CreateTempSubdirectory("iactest-goss-sprig-").FullName;
        var goss = Path.Combine(folder, "app.yaml");
        File.WriteAllText(goss, """
            {{- $scratch := printf "/tmp/goss-%s" (randAlphaNum 10) }}
            {{- $ports := dict "http" .Vars.port "admin" 9090 }}
            file:
              {{ $scratch }}:
                exists: false
            command:
              app --version:
                exit-status: 0
                stdout:
                  - "/^app {{ (semver .Vars.version).Major }}\\./"
            port:
            {{- range $name := keys $ports }}
              tcp:{{ get $ports $name }}:
                title: {{ $name }}
                listening: true
            {{- end }}

            """);

        // When it loads with its vars
        var suite = GossSuite.Load(goss, vars: new Dictionary<string, object?> { ["port"] = 8080L, ["version"] = "v3.4.1" });

        // Then every resource is there; the random name is a fresh one of Sprig's alphabet, never a literal
        suite.Diagnostics.ShouldBeEmpty();
        suite.Resources.Select(r => r.Label).Skip(1).ShouldBe(["command:app --version", "port:tcp:9090 (admin)", "port:tcp:8080 (http)"]);
        suite.Resources[0].Label.ShouldMatch("^file:/tmp/goss-[A-Za-z0-9]{10}$");
        Directory.Delete(folder, recursive: true);
    }
}
