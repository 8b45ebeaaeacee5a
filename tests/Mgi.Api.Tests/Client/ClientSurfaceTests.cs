using System.Reflection;
using System.Text.Json;
using Mgi.Client;

namespace Mgi.Api.Tests.Client;

/// <summary>The client's public surface, checked against the contract: what a user can call, and what its names collide with.</summary>
public sealed class ClientSurfaceTests
{
    static readonly Assembly Sdk = typeof(IPoliciesClient).Assembly;

    static List<(string Tag, string Id, JsonElement Operation)> Operations()
    {
        using var contract = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "openapi.json")));
        return contract.RootElement.GetProperty("paths").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject().Select(m => m.Value))
            .Select(o => (o.GetProperty("tags")[0].GetString()!, o.GetProperty("operationId").GetString()!, o.Clone()))
            .ToList();
    }

    static bool IsList(JsonElement operation) =>
        operation.GetProperty("responses").GetProperty("200").GetProperty("content").TryGetProperty("text/csv", out _);

    [Fact]
    public void Every_operation_of_the_contract_is_a_method_of_its_client_and_every_list_also_walks_and_streams()
    {
        foreach (var (tag, id, operation) in Operations())
        {
            var client = Sdk.GetType($"Mgi.Client.I{tag}Client") ?? throw new Xunit.Sdk.XunitException($"no client interface for the tag {tag}");
            var method = client.GetMethod(id + "Async") ?? throw new Xunit.Sdk.XunitException($"I{tag}Client has no {id}Async");
            if (!IsList(operation)) continue;
            // CSV only in its own method: a JSON method with a format parameter could not return what it promises.
            Assert.DoesNotContain(method.GetParameters(), p => p.Name is "format" or "hxl");
            var walk = client.GetMethods().Single(m => m.Name == (id.StartsWith("List", StringComparison.Ordinal) ? "ListAll" + id[4..] : id + "All") + "Async");
            Assert.Equal(typeof(IAsyncEnumerable<>), walk.ReturnType.GetGenericTypeDefinition());
            Assert.DoesNotContain(walk.GetParameters(), p => p.Name is "page" or "facet");
            var csv = client.GetMethod(id + "CsvAsync") ?? throw new Xunit.Sdk.XunitException($"I{tag}Client has no {id}CsvAsync");
            Assert.Equal(typeof(Task<Stream>), csv.ReturnType);
            Assert.Contains(csv.GetParameters(), p => p.Name == "hxl");
            // CSV is every row: no paging; facet counts come with JSON only (the service refuses them with CSV).
            Assert.DoesNotContain(csv.GetParameters(), p => p.Name is "page" or "pageSize" or "facet" or "format");
        }
    }

    [Fact]
    public void No_public_type_of_the_client_shares_a_name_with_a_type_of_the_namespaces_implicit_usings_bring()
    {
        // The implicit usings of a console app or a library: a type of the same name there is CS0104 for users.
        string[] namespaces = ["System", "System.IO", "System.Collections.Generic", "System.Linq", "System.Net.Http", "System.Threading", "System.Threading.Tasks"];
        var taken = AppDomain.CurrentDomain.GetAssemblies().Where(a => !a.IsDynamic)
            .SelectMany(a => { try { return a.GetExportedTypes(); } catch (ReflectionTypeLoadException) { return []; } })
            .Where(t => namespaces.Contains(t.Namespace)).Select(t => t.Name).ToHashSet();
        var names = Sdk.GetExportedTypes().Select(t => t.Name).ToList();
        Assert.Contains("Policy", names);
        Assert.DoesNotContain(names, taken.Contains);
        // Numbered duplicates (Format2 … Format11) came from one anonymous enum per parameter.
        Assert.DoesNotContain(names, n => System.Text.RegularExpressions.Regex.IsMatch(n, @"^[A-Za-z]+\d+$"));
    }
}
