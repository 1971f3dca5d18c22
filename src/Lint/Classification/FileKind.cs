namespace IacTest.Lint.Classification;

/// <summary>What a YAML file holds; rules declare the kinds they apply to.</summary>
public enum FileKind
{
    /// <summary>YAML that is none of the kinds below.</summary>
    Yaml,

    /// <summary>An Ansible playbook: a list of plays.</summary>
    AnsiblePlaybook,

    /// <summary>An Ansible task file (role <c>tasks/</c> or an included list of tasks).</summary>
    AnsibleTasks,

    /// <summary>An Ansible handler file (role <c>handlers/</c>).</summary>
    AnsibleHandlers,

    /// <summary>Ansible variables: role defaults/vars, <c>group_vars</c>, <c>host_vars</c>.</summary>
    AnsibleVars,

    /// <summary>A role's <c>meta/main.yml</c>.</summary>
    AnsibleMeta,

    /// <summary>A role's <c>meta/argument_specs.yml</c>.</summary>
    AnsibleArgumentSpecs,

    /// <summary>A YAML inventory.</summary>
    AnsibleInventory,

    /// <summary>A <c>requirements.yml</c> of roles and collections.</summary>
    AnsibleRequirements,

    /// <summary>A collection's <c>galaxy.yml</c>.</summary>
    AnsibleGalaxy,

    /// <summary>Kubernetes manifests (one or more objects with <c>apiVersion</c> and <c>kind</c>).</summary>
    Kubernetes,

    /// <summary>A Kustomize <c>kustomization.yaml</c>.</summary>
    Kustomization,

    /// <summary>A Docker Compose file.</summary>
    Compose,
}
