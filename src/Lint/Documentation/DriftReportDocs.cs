namespace IacTest.Lint.Documentation;

/// <summary>
/// The pages of the drift report's rule ids (<c>DRIFT001</c>…): what code scanning shows for an audit of live hosts.
/// The ids themselves belong to the harness, which writes the report; their text lives here, beside the generator of
/// every other code's page, and a harness test checks that each id it reports has a page of the same name.
/// </summary>
internal static class DriftReportDocs
{
    private const string ReportedBy = "the harness's drift report (`DriftReport`: JSON and SARIF)";

    /// <summary>The pages, ordered by id.</summary>
    public static IReadOnlyList<DiagnosticDoc> All { get; } =
    [
        new("DRIFT001", "configuration-drift", "A task would change the host", ReportedBy, "error",
            "The repository's playbook, run against the host by `ansible-playbook --check --diff` "
            + "(`ConfigurationDriftCheck`), would change it: the host no longer matches what the playbook declares. "
            + "The entry is located at the task's line, relative to the repository root, and carries the host, the "
            + "module and the diff, secrets masked. Nothing on the host is changed by the check.",
            "yaml",
            "# audit/site.yml, line 16; on bastion2 someone raised MaxAuthTries to 10 by hand\n- name: SSH hardening drop-in\n  ansible.builtin.copy:\n    dest: /etc/ssh/sshd_config.d/10-hardening.conf\n    content: \"PermitRootLogin no\\nMaxAuthTries 3\\n\"\n    mode: \"0600\"\n",
            "{ \"host\": \"bastion2\", \"kind\": \"configuration-drift\", \"ruleId\": \"DRIFT001\", \"subject\": \"SSH hardening drop-in\",\n"
            + "  \"location\": { \"path\": \"audit/site.yml\", \"line\": 16 }, \"message\": \"ansible.builtin.copy would change the host\",\n"
            + "  \"expected\": null, \"actual\": null,\n"
            + "  \"diff\": \"--- before: /etc/ssh/sshd_config.d/10-hardening.conf\\n+++ after: /etc/ssh/sshd_config.d/10-hardening.conf\\n@@ -1,2 +1,2 @@\\n PermitRootLogin no\\n-MaxAuthTries 10\\n+MaxAuthTries 3\\n\" }",
            "Decide which side is right. If the host is, change the playbook (and its review) to declare it; if the "
            + "repository is, run the playbook for real on that host. Then the next audit is clean."),
        new("DRIFT002", "state-drift", "A resource differs from its declaration", ReportedBy, "error",
            "A resource the repository declares — in a goss file or in C# checks run by `StateDriftRun` or "
            + "`[StateDriftData]` — differs on the host: a file's contents or mode, a package, a service, a user, a "
            + "port, a command's output. A goss resource's entry is located at its line in the goss file, with "
            + "`expected` and `actual` for each attribute that differs; a C# check has no file.",
            "yaml",
            "# audit/bastion.goss.yaml\nfile:\n  /etc/motd:\n    exists: true\n    contents: [\"Authorized access only\"]\n",
            "{ \"host\": \"bastion3\", \"kind\": \"state-drift\", \"ruleId\": \"DRIFT002\", \"subject\": \"file:/etc/motd\",\n"
            + "  \"location\": { \"path\": \"audit/bastion.goss.yaml\", \"line\": 3 }, \"message\": \"file:/etc/motd: 1 of 2 attribute(s) failed\",\n"
            + "  \"expected\": \"contents: have patterns [\\\"Authorized access only\\\"]\", \"actual\": \"contents: \\\"maintenance tonight\\\\n\\\"\", \"diff\": null }",
            "Put the host back in the declared state (run the playbook that owns the resource), or, when the change "
            + "was meant, declare it in the repository."),
        new("DRIFT003", "unknown-in-check-mode", "A task could not be checked", ReportedBy, "warning",
            "Whether the host matches is not known for this task: it is skipped in check mode (a `command` or "
            + "`shell` task without `creates`/`removes`, a module without check-mode support), it turns check mode "
            + "off (`check_mode: false`, which the check keeps in check mode all the same, so nothing runs), it "
            + "failed, or a state probe did not answer in time. An unknown is not drift, but the report is not clean.",
            "yaml",
            "# roles/firewall/tasks/main.yml, line 12\n- name: Reload the firewall\n  ansible.builtin.command: nft -f /etc/nftables.conf\n",
            "{ \"host\": \"web1\", \"kind\": \"unknown-in-check-mode\", \"ruleId\": \"DRIFT003\", \"subject\": \"firewall : Reload the firewall\",\n"
            + "  \"location\": { \"path\": \"roles/firewall/tasks/main.yml\", \"line\": 12 },\n"
            + "  \"message\": \"skipped in check mode: Command would have run if not in check mode\", \"expected\": null, \"actual\": null, \"diff\": null }",
            "Give the task what check mode needs to predict it (`creates:`/`removes:`, `changed_when:`, a module "
            + "with check-mode support), or check the resource it manages with a goss or C# state check instead."),
        new("DRIFT004", "host-unreachable", "A host could not be reached", ReportedBy, "error",
            "Nothing about the host is known: the SSH connection failed (refused, timed out), its host key is "
            + "unknown or changed, or the key was refused. The entry is located at the host's line in the inventory "
            + "when it comes from one. The other hosts are still audited.",
            "ini",
            "# inventories/production/hosts.ini\n[web]\nweb1 ansible_host=10.0.4.11\nweb3 ansible_host=10.0.4.13\n",
            "{ \"host\": \"web3\", \"kind\": \"host-unreachable\", \"ruleId\": \"DRIFT004\", \"subject\": \"(host)\",\n"
            + "  \"location\": { \"path\": \"inventories/production/hosts.ini\", \"line\": 3 },\n"
            + "  \"message\": \"Unreachable: web3 (ssh audit@10.0.4.13:22): cannot connect (ConnectionRefused)\", \"expected\": null, \"actual\": null, \"diff\": null }",
            "Check that the host is up and reachable from where the audit runs, that its key is in the audit's "
            + "`known_hosts` (`AUDIT_KNOWN_HOSTS`), and that the audit's key is authorised for its user; remove a host "
            + "that no longer exists from the inventory."),
    ];
}
