using IacTest.Harness.Rendering;
using static IacTest.Harness.Tests.Rendering.RenderingFixtures;

namespace IacTest.Harness.Tests.Rendering;

public sealed class PlatformRenderingTests
{
    private static readonly AnsibleTemplateRenderer OnDebian12 = new() { Facts = PlatformFacts.Debian12 };

    [Fact]
    public async Task A_role_renders_as_on_Debian_12_with_its_per_platform_vars_and_facts_set_from_them()
    {
        // When: vars/Debian.yml by include_vars, nginx_user by set_fact from __nginx_user
        var text = await OnDebian12.RenderAsync(NginxVhosts(), "nginx.conf.j2");

        // Then
        text.ShouldBe(
            "#\n# Ansible managed\n#\nuser www-data;\nworker_processes auto;\npid /run/nginx.pid;\n\nevents {\n"
            + "    worker_connections 1024;\n}\n\nhttp {\n    include /etc/nginx/mime.types;\n"
            + "    default_type application/octet-stream;\n    sendfile on;\n\n    include /etc/nginx/conf.d/*.conf;\n"
            + "    include /etc/nginx/sites-enabled/*;\n}\n");
    }

    [Fact]
    public async Task Variables_meet_at_Ansibles_precedence()
    {
        // Given: role defaults < inventory vars < facts < include_vars < set_fact < extra vars
        var renderer = new AnsibleTemplateRenderer
        {
            Facts = PlatformFacts.Debian12,
            InventoryVariables = Vars(
                ("nginx_worker_processes", 4),          // beats the role default 'auto'
                ("nginx_vhost_path", "/inventory/vhosts"), // loses to vars/Debian.yml (include_vars)
                ("nginx_user", "inventory-user"),         // defined, so the role's set_fact is skipped
                ("ansible_os_family", "RedHat")),         // loses to the facts: still vars/Debian.yml
        };

        // When
        var text = await renderer.RenderAsync(NginxVhosts(), "nginx.conf.j2", Vars(("nginx_pidfile", "/extra/nginx.pid")));

        // Then
        text.ShouldContain("user inventory-user;\nworker_processes 4;\npid /extra/nginx.pid;\n");
        text.ShouldContain("include /etc/nginx/sites-enabled/*;");
    }

    [Fact]
    public async Task Another_platform_picks_its_own_vars_file()
    {
        // Given: the Debian preset turned into a RedHat family host
        var renderer = new AnsibleTemplateRenderer { Facts = PlatformFacts.Debian12.With("ansible_os_family", "RedHat") };

        // When
        var text = await renderer.RenderAsync(NginxVhosts(), "nginx.conf.j2");

        // Then
        text.ShouldContain("user nginx;\nworker_processes auto;\npid /var/run/nginx.pid;\n");
        text.ShouldContain("include /etc/nginx/conf.d/*;");
    }

    [Fact]
    public async Task A_failing_variable_task_of_the_role_is_named_for_every_template()
    {
        // Given: a platform the role ships no vars file for
        var renderer = new AnsibleTemplateRenderer { Facts = PlatformFacts.Debian12.With("ansible_os_family", "Suse") };

        // When
        var role = NginxVhosts();
        var results = await renderer.RenderAllAsync(role);

        // Then
        results.Count.ShouldBe(3);
        foreach (var result in results)
        {
            var error = result.Error.ShouldNotBeNull();
            error.AnsibleMessage.ShouldStartWith("the role's task 'Include OS-specific variables (");
            error.AnsibleMessage.ShouldContain("tasks/variables.yml:2");
            error.AnsibleMessage.ShouldContain("failed before rendering: Could not find or access 'Suse.yml'");
            error.AnsibleMessage.ShouldContain(Path.Combine(role.Directory, "vars", "Suse.yml")); // the role's own path, not the rendering copy
        }
    }

    [Fact]
    public void The_Debian_12_preset_holds_platform_facts_and_nothing_of_the_machine_it_was_gathered_on()
    {
        // When
        var facts = PlatformFacts.Debian12.Facts;

        // Then
        facts["ansible_os_family"]!.ToString().ShouldBe("Debian");
        facts["ansible_distribution"]!.ToString().ShouldBe("Debian");
        facts["ansible_distribution_major_version"]!.ToString().ShouldBe("12");
        facts["ansible_distribution_release"]!.ToString().ShouldBe("bookworm");
        facts["ansible_pkg_mgr"]!.ToString().ShouldBe("apt");
        foreach (var hostSpecific in new[] { "ansible_hostname", "ansible_fqdn", "ansible_default_ipv4", "ansible_all_ipv4_addresses", "ansible_kernel", "ansible_memtotal_mb", "ansible_processor_vcpus", "ansible_date_time", "ansible_mounts", "ansible_env", "ansible_service_mgr", "ansible_machine_id" })
        {
            facts.ContainsKey(hostSpecific).ShouldBeFalse(hostSpecific);
        }

        facts.ToJsonString().ShouldNotContain("172.17."); // no address of the container network
    }
}
