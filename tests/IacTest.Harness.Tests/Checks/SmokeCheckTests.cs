using IacTest.Harness.Checks;
using IacTest.Harness.Checks.Dsl;
using IacTest.Harness.Environments;
using IacTest.Harness.Xunit;

namespace IacTest.Harness.Tests.Checks;

public sealed class SmokeCheckTests(BusyboxSmokeFixture fixture) : IClassFixture<BusyboxSmokeFixture>
{
    private SmokeChecks Checks() => new(fixture.Environment);

    private static void ShouldPass(SmokeReport report) => report.Passed.ShouldBeTrue(report.Describe());

    private static CheckResult Single(SmokeReport report)
    {
        report.Results.Count.ShouldBe(1);
        report.Passed.ShouldBeFalse();
        return report.Results[0];
    }

    private static string[] FailedLines(CheckResult result) => result.Outcomes.Where(o => !o.Passed).Select(o => o.Describe()).ToArray();

    [DockerFact]
    public async Task File_passes_on_exists_type_mode_owner_group_size_contents_sha256_and_link()
    {
        var report = await Checks()
            .File("/etc/app.conf", f => f.Exists().IsFile().Mode("0640").Owner("root").Group("daemon").Size(22L)
                .Contains("listen 8080", "/workers [0-9]+/", "!debug")
                .Sha256(Sha("listen 8080\nworkers 4\n")))
            .File("/etc/app.link", f => f.IsSymlink().LinkedTo("/etc/app.conf"))
            .File("/www", f => f.IsDirectory())
            .File("/etc/missing", f => f.Absent())
            .RunAsync();
        ShouldPass(report);
    }

    [DockerFact]
    public async Task File_fails_with_expected_actual_and_the_stat_evidence()
    {
        var result = Single(await Checks()
            .File("/etc/app.conf", f => f.Mode("0644").Owner("root").Contains("workers 8", "!listen"))
            .RunAsync());
        FailedLines(result).ShouldBe([
            "mode: expected \"0644\", actual \"0640\"",
            "contents: expected have-patterns [\"workers 8\", \"!listen\"], actual \"listen 8080\\nworkers 4\\n\"",
        ]);
        result.Describe().ShouldContain("file:/etc/app.conf: 2 of 3 attribute(s) failed (1 attempt, ");
        result.Describe().ShouldContain("    $ stat -c '%F|%a|%U|%G|%s' /etc/app.conf\n    exit 0\n    stdout:\n      regular file|640|root|daemon|22\n");
        result.Describe().ShouldContain("$ cat /etc/app.conf");
    }

    [DockerFact]
    public async Task File_digests_pass_when_equal_and_fail_with_the_actual_digest()
    {
        const string contents = "listen 8080\nworkers 4\n";
        var md5 = Convert.ToHexString(System.Security.Cryptography.MD5.HashData(System.Text.Encoding.UTF8.GetBytes(contents)));
        var sha512 = Convert.ToHexString(System.Security.Cryptography.SHA512.HashData(System.Text.Encoding.UTF8.GetBytes(contents))).ToLowerInvariant();

        ShouldPass(await Checks().File("/etc/app.conf", f => f.Md5(md5).Sha512(sha512)).RunAsync());

        var result = Single(await Checks().File("/etc/app.conf", f => f.Md5(new string('0', 32))).RunAsync());
        FailedLines(result).ShouldBe([$"md5: expected \"{new string('0', 32)}\", actual \"{md5.ToLowerInvariant()}\""]);
        result.Describe().ShouldContain("$ md5sum /etc/app.conf");
    }

    [DockerFact]
    public async Task Missing_file_fails_exists()
    {
        var result = Single(await Checks().File("/etc/nope", f => f.Exists()).RunAsync());
        FailedLines(result).ShouldBe(["exists: expected true, actual false"]);
    }

    [DockerFact]
    public async Task Package_without_a_package_manager_is_not_installed()
    {
        ShouldPass(await Checks().Package("busybox", p => p.NotInstalled()).RunAsync());
        var result = Single(await Checks().Package("busybox", p => p.Installed()).RunAsync());
        FailedLines(result).ShouldBe(["installed: expected true, actual false"]);
    }

    [DockerFact]
    public async Task Service_without_systemd_is_its_process_and_rc_link()
    {
        ShouldPass(await Checks().Service("httpd", s => s.Enabled().Running()).RunAsync());
        var result = Single(await Checks().Service("crond", s => s.Enabled().Running()).RunAsync());
        FailedLines(result).ShouldBe(["enabled: expected true, actual false", "running: expected true, actual false"]);
    }

    [DockerFact]
    public async Task Port_reports_listening_and_addresses()
    {
        ShouldPass(await Checks()
            .Port("tcp:8080", p => p.Listening().Ip(Matcher.Or(Matcher.ContainElement("0.0.0.0"), Matcher.ContainElement("::"))))
            .Port("tcp:9", p => p.Listening(false))
            .RunAsync());
        var result = Single(await Checks().Port("tcp:9", p => p.Listening()).RunAsync());
        FailedLines(result).ShouldBe(["listening: expected true, actual false"]);
        result.Describe().ShouldContain("$ cat /proc/net/{tcp,tcp6,udp,udp6}");
    }

    [DockerFact]
    public async Task Http_checks_status_body_and_headers_from_inside()
    {
        ShouldPass(await Checks()
            .Http("http://127.0.0.1:8080/index.html", h => h.Status(200L).BodyContains("hello smoke").HeaderContains("/[Cc]ontent-[Tt]ype: text/html/"))
            .Http("http://127.0.0.1:8080/missing", h => h.Status(404L))
            .RunAsync());
        var result = Single(await Checks().Http("http://127.0.0.1:8080/index.html", h => h.Status(201L).BodyContains("goodbye")).RunAsync());
        FailedLines(result).ShouldBe([
            "status: expected 201, actual 200",
            "body: expected have-patterns [\"goodbye\"], actual \"<h1>hello smoke</h1>\\n\"",
        ]);
    }

    [DockerFact]
    public async Task Command_checks_exit_code_stdout_and_stderr()
    {
        ShouldPass(await Checks()
            .Command("echo one; echo two >&2; exit 3", c => c.ExitCode(3L).Stdout("one\n").StderrContains("two"))
            .Command("cat /etc/hostname", c => c.ExitCode(0L).Stdout(Matcher.HavePrefix("smoke")))
            .RunAsync());
        var result = Single(await Checks().Command("echo one; exit 1", c => c.ExitCode(0L).StdoutContains("one")).RunAsync());
        FailedLines(result).ShouldBe(["exit-status: expected 0, actual 1"]);
        result.Describe().ShouldContain("    $ echo one; exit 1\n    exit 1\n    stdout:\n      one");
    }

    [DockerFact]
    public async Task Command_timeout_kills_the_command()
    {
        var result = Single(await Checks().Command("sleep 30", c => c.ExitCode(0L).Timeout(TimeSpan.FromSeconds(1))).RunAsync());
        FailedLines(result).ShouldBe(["exit-status: expected 0, actual 137"]);
        result.Duration.ShouldBeLessThan(TimeSpan.FromSeconds(10));
    }

    [DockerFact]
    public async Task User_and_group_come_from_the_account_files()
    {
        ShouldPass(await Checks()
            .User("app", u => u.Exists().Uid(1001L).Gid(1001L).Home("/home/app").Shell("/bin/sh").Groups(Matcher.ConsistOf("app", "web")))
            .User("ghost", u => u.Exists(false))
            .Group("web", g => g.Exists().Gid(1002L))
            .RunAsync());
        var user = Single(await Checks().User("app", u => u.Uid(0L).InGroup("root")).RunAsync());
        FailedLines(user).ShouldBe(["uid: expected 0, actual 1001", "groups: expected contain-element \"root\", actual [\"app\", \"web\"]"]);
        var group = Single(await Checks().Group("ghosts", g => g.Exists()).RunAsync());
        FailedLines(group).ShouldBe(["exists: expected true, actual false"]);
    }

    [DockerFact]
    public async Task Process_is_found_by_command_name()
    {
        ShouldPass(await Checks().Process("httpd", p => p.Running()).Process("nginx", p => p.Running(false)).RunAsync());
        FailedLines(Single(await Checks().Process("nginx", p => p.Running()).RunAsync())).ShouldBe(["running: expected true, actual false"]);
    }

    [DockerFact]
    public async Task Addr_is_reachable_when_something_accepts()
    {
        ShouldPass(await Checks().Addr("tcp://127.0.0.1:8080", a => a.Reachable()).Addr("tcp://127.0.0.1:9", a => a.Reachable(false)).RunAsync());
        FailedLines(Single(await Checks().Addr("tcp://127.0.0.1:9", a => a.Reachable()).RunAsync()))
            .ShouldBe(["reachable: expected true, actual false"]);
    }

    [DockerFact]
    public async Task Dns_resolves_through_hosts_and_resolver()
    {
        ShouldPass(await Checks()
            .Dns("app.internal", d => d.Resolvable().HasAddress("127.0.0.1"))
            .Dns("smoke01", d => d.Resolvable().HasAddress(fixture.Environment.IpAddress))
            .RunAsync());
        var result = Single(await Checks().Dns("app.internal", d => d.Addrs(Matcher.ConsistOf("10.0.0.1"))).RunAsync());
        FailedLines(result).ShouldBe(["addrs: expected consist-of [\"10.0.0.1\"], actual [\"127.0.0.1\"]"]);
    }

    [DockerFact]
    public async Task Kernel_param_reads_proc_sys()
    {
        ShouldPass(await Checks().KernelParam("kernel.hostname", k => k.Value("smoke01")).RunAsync());
        FailedLines(Single(await Checks().KernelParam("kernel.hostname", k => k.Value("web01")).RunAsync()))
            .ShouldBe(["value: expected \"web01\", actual \"smoke01\""]);
    }

    [DockerFact]
    public async Task Mount_reads_mountinfo()
    {
        ShouldPass(await Checks()
            .Mount("/scratch", m => m.Exists().Filesystem("tmpfs").Source("tmpfs").HasOption("rw"))
            .Mount("/proc", m => m.Filesystem("proc"))
            .RunAsync());
        FailedLines(Single(await Checks().Mount("/scratch", m => m.Filesystem("ext4").HasOption("ro")).RunAsync()))
            .ShouldBe(["filesystem: expected \"ext4\", actual \"tmpfs\"", "opts: expected contain-element \"ro\", actual [\"rw\", \"nosuid\", \"nodev\", \"noexec\", \"relatime\"]"]);
    }

    [DockerFact]
    public async Task Interface_has_mtu_and_addresses()
    {
        var ip = fixture.Environment.IpAddress;
        ShouldPass(await Checks()
            .Interface("lo", i => i.Exists().Mtu(65536L).HasAddress("127.0.0.1/8"))
            .Interface("eth0", i => i.Exists().Addrs(Matcher.ContainElement(Matcher.HavePrefix(ip + "/"))))
            .Interface("wlan9", i => i.Exists(false))
            .RunAsync());
        FailedLines(Single(await Checks().Interface("lo", i => i.Mtu(1500L)).RunAsync())).ShouldBe(["mtu: expected 1500, actual 65536"]);
    }

    [DockerFact]
    public async Task A_check_waits_for_a_late_resource_within_its_retry_time()
    {
        // Given
        await fixture.Environment.ShellAsync("rm -f /tmp/late; (sleep 1; touch /tmp/late) >/dev/null 2>&1 &");

        // When
        var report = await Checks().WithRetry(TimeSpan.FromSeconds(10), TimeSpan.FromMilliseconds(200)).File("/tmp/late", f => f.Exists()).RunAsync();

        // Then
        ShouldPass(report);
        report.Results[0].Attempts.ShouldBeGreaterThan(1);
    }

    private static string Sha(string text) =>
        Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text))).ToLowerInvariant();
}
