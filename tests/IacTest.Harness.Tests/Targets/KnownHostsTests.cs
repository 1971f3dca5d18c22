using System.Security.Cryptography;
using System.Text;
using IacTest.Harness.Targets;

namespace IacTest.Harness.Tests.Targets;

public sealed class KnownHostsTests
{
    private static readonly byte[] KeyA = Encoding.ASCII.GetBytes("key-a-blob");
    private static readonly byte[] KeyB = Encoding.ASCII.GetBytes("key-b-blob");
    private static readonly string A = Convert.ToBase64String(KeyA);
    private static readonly string B = Convert.ToBase64String(KeyB);

    [Fact]
    public void A_listed_host_with_its_key_is_trusted_and_with_another_key_is_changed()
    {
        var file = KnownHosts.Parse($"web1,10.0.0.5 ssh-ed25519 {A} comment\n");
        file.Judge("10.0.0.5", 22, "ssh-ed25519", KeyA).ShouldBe(KnownHosts.Verdict.Trusted);
        file.Judge("web1", 22, "ssh-ed25519", KeyB).ShouldBe(KnownHosts.Verdict.Changed);
        file.Judge("web1", 22, "ssh-rsa", KeyA).ShouldBe(KnownHosts.Verdict.Changed);
        file.Judge("web2", 22, "ssh-ed25519", KeyA).ShouldBe(KnownHosts.Verdict.Unknown);
    }

    [Fact]
    public void A_port_other_than_22_is_written_in_brackets()
    {
        var file = KnownHosts.Parse($"[web1]:2222 ssh-ed25519 {A}\n");
        file.Judge("web1", 2222, "ssh-ed25519", KeyA).ShouldBe(KnownHosts.Verdict.Trusted);
        file.Judge("web1", 22, "ssh-ed25519", KeyA).ShouldBe(KnownHosts.Verdict.Unknown);
    }

    [Fact]
    public void Hashed_names_match_by_hmac_sha1_of_the_name()
    {
        // Given: the line ssh-keygen -H writes for "db1"
        var salt = RandomNumberGenerator.GetBytes(20);
        var hash = HMACSHA1.HashData(salt, Encoding.UTF8.GetBytes("db1"));
        var file = KnownHosts.Parse($"|1|{Convert.ToBase64String(salt)}|{Convert.ToBase64String(hash)} ssh-ed25519 {A}\n");

        // Then
        file.Judge("db1", 22, "ssh-ed25519", KeyA).ShouldBe(KnownHosts.Verdict.Trusted);
        file.Judge("db2", 22, "ssh-ed25519", KeyA).ShouldBe(KnownHosts.Verdict.Unknown);
    }

    [Fact]
    public void Wildcards_match_and_a_negated_pattern_rules_the_line_out()
    {
        var file = KnownHosts.Parse($"*.internal,!legacy.internal ssh-ed25519 {A}\n");
        file.Judge("web1.internal", 22, "ssh-ed25519", KeyA).ShouldBe(KnownHosts.Verdict.Trusted);
        file.Judge("legacy.internal", 22, "ssh-ed25519", KeyA).ShouldBe(KnownHosts.Verdict.Unknown);
    }

    [Fact]
    public void A_revoked_key_is_refused_even_when_also_listed_and_cert_authorities_are_not_trusted_as_keys()
    {
        var file = KnownHosts.Parse($"web1 ssh-ed25519 {A}\n@revoked * ssh-ed25519 {A}\n@cert-authority *.internal ssh-ed25519 {B}\n# comment\nbroken line\n");
        file.Judge("web1", 22, "ssh-ed25519", KeyA).ShouldBe(KnownHosts.Verdict.Revoked);
        file.Judge("db.internal", 22, "ssh-ed25519", KeyB).ShouldBe(KnownHosts.Verdict.Unknown);
    }
}
