using IacTest.Harness.Compose;

namespace IacTest.Harness.Tests.Modules;

public sealed class ComposeTests
{
    private static readonly string File = TestPaths.Sample("compose", "compose.yaml");

    [Fact]
    public void The_env_file_is_read_as_Compose_reads_it()
    {
        // When
        var project = ComposeProject.Load(File);

        // Then
        project.DotEnv.ShouldBe(new Dictionary<string, string>
        {
            ["PG_VERSION"] = "16",
            ["GREETING"] = "hello\nworld",
            ["DB_NAME"] = string.Empty,
            ["WEB_PORT"] = "9090",
            ["LITERAL"] = "${NOT_EXPANDED}",
            ["DERIVED"] = "16-alpine",
        });
    }

    [Fact]
    public void Values_are_interpolated_with_defaults_env_file_and_escapes()
    {
        // When
        var project = ComposeProject.Load(File);

        // Then
        project.Diagnostics.ShouldBeEmpty();
        project.Name.ShouldBe("compose");
        var web = project.Service("web");
        web.Image.ShouldBe("nginx:1.25");
        web.Ports.ShouldBe(["9090:80"]);
        web.Environment.ShouldBe(new Dictionary<string, string?> { ["DB_HOST"] = "db", ["GREETING"] = "hello\nworld", ["PRICE"] = "$5" });
        web.DependsOn.ShouldBe(["db"]);
        web.Location.Line.ShouldBe(2);
        var db = project.Service("db");
        db.Image.ShouldBe("postgres:16");
        db.Environment.ShouldBe(new Dictionary<string, string?> { ["POSTGRES_PASSWORD"] = "changeme", ["POSTGRES_DB"] = string.Empty });
        db.Volumes.ShouldBe(["data:/var/lib/postgresql/data"]);
        db.Node["image"]!.Location.Line.ShouldBe(12);
        project.Volumes.ShouldBe(["data"]);
        project.Warnings.ShouldBeEmpty();
    }

    [Fact]
    public void The_shell_environment_wins_and_missing_values_are_positioned()
    {
        // When: no .env, a shell value for one variable only
        var project = ComposeProject.Load(File, new Dictionary<string, string> { ["NGINX_VERSION"] = "1.27", ["DB_NAME"] = "orders" }, envFile: "absent.env");

        // Then
        project.Service("web").Image.ShouldBe("nginx:1.27");
        project.Service("web").Ports.ShouldBe(["8080:80"]);
        project.Service("db").Environment["POSTGRES_DB"].ShouldBe("orders");
        project.Diagnostics.Select(d => (d.Location.Line, d.Location.Column, d.Message))
            .ShouldBe([(12, 12, "required variable PG_VERSION is missing a value: PG_VERSION must be set")]);
        project.Warnings.Select(d => (d.Location.Line, d.Message))
            .ShouldBe([(8, "the \"GREETING\" variable is not set; it defaults to a blank string")]);
    }

    [Theory]
    [InlineData("${A}", "a")]
    [InlineData("$A-$B", "a-")]
    [InlineData("${UNSET:-x}", "x")]
    [InlineData("${EMPTY:-x}", "x")]
    [InlineData("${EMPTY-x}", "")]
    [InlineData("${UNSET-x}", "x")]
    [InlineData("${A:+set}", "set")]
    [InlineData("${EMPTY:+set}", "")]
    [InlineData("${EMPTY+set}", "set")]
    [InlineData("${UNSET:-${A}/${UNSET2:-z}}", "a/z")]
    [InlineData("$$A costs $$", "$A costs $")]
    [InlineData("${EMPTY?err}", "")]
    public void Interpolation_follows_Compose(string text, string expected)
    {
        // When
        var result = ComposeInterpolation.Interpolate(text, Lookup);

        // Then
        result.Error.ShouldBeNull();
        result.Value.ShouldBe(expected);
    }

    [Theory]
    [InlineData("${UNSET:?needs a value}", "required variable UNSET is missing a value: needs a value")]
    [InlineData("${EMPTY:?}", "required variable EMPTY is missing a value")]
    [InlineData("${A", "invalid interpolation format for \"${A\": a '${' is not closed")]
    [InlineData("${}", "invalid interpolation format for \"${}\": '${' does not start with a variable name")]
    [InlineData("cost $5", "invalid interpolation format for \"cost $5\": a '$' must start a variable or be written '$$'")]
    public void Bad_interpolation_is_an_error(string text, string error)
    {
        // When
        var result = ComposeInterpolation.Interpolate(text, Lookup);

        // Then
        result.Value.ShouldBeNull();
        result.Error.ShouldBe(error);
    }

    private static string? Lookup(string name) => name switch
    {
        "A" => "a",
        "EMPTY" => string.Empty,
        _ => null,
    };
}
