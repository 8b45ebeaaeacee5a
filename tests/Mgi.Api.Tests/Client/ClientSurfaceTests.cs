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
    public void Every_operation_of_the_contract_is_a_method_of_its_client_every_list_one_pageable_with_options_and_a_csv_stream()
    {
        foreach (var (tag, id, operation) in Operations())
        {
            var client = Sdk.GetType($"Mgi.Client.I{tag}Client") ?? throw new Xunit.Sdk.XunitException($"no client interface for the tag {tag}");
            var method = client.GetMethod(id + "Async") ?? throw new Xunit.Sdk.XunitException($"I{tag}Client has no {id}Async");
            if (!IsList(operation))
            {
                Assert.Null(client.GetMethod(id + "CsvAsync"));
                continue;
            }
            // One method per list: the pageable, its filters in one options type (a new filter is a new property, not a parameter).
            Assert.Equal(typeof(MgiPageable<>), method.ReturnType.GetGenericTypeDefinition());
            var options = method.GetParameters().Single(p => p.Name == "options").ParameterType;
            Assert.Equal(id + "Options", options.Name);
            Assert.All(method.GetParameters().Where(p => p.Name is not ("options" or "cancellationToken")), p => Assert.False(p.IsOptional, $"{id}Async({p.Name}): an optional filter belongs in {options.Name}"));
            Assert.DoesNotContain(client.GetMethods(), m => m.Name.StartsWith("ListAll", StringComparison.Ordinal) || m.Name == id + "WithResponseAsync");
            var csv = client.GetMethod(id + "CsvAsync") ?? throw new Xunit.Sdk.XunitException($"I{tag}Client has no {id}CsvAsync");
            Assert.Equal(typeof(Task<Stream>), csv.ReturnType);
            Assert.Contains(csv.GetParameters(), p => p.Name == "hxl");
        }
    }

    [Fact]
    public void Every_vocabulary_is_an_extensible_struct_and_nothing_of_the_client_is_an_enum()
    {
        Assert.DoesNotContain(Sdk.GetExportedTypes(), t => t.IsEnum);
        foreach (var vocabulary in new[] { typeof(Assessment), typeof(InstrumentKind), typeof(DataStatus), typeof(JurisdictionLevel), typeof(FootnoteSection), typeof(SearchHitType), typeof(PolicyFacet) })
        {
            Assert.True(vocabulary.IsValueType);
            Assert.NotNull(vocabulary.GetMethod("op_Implicit", [typeof(string)]));
        }
        Assert.Equal(["constitution", "law", "regulation", "programme", "plan", "agreement", "bill", "other"], InstrumentKind.KnownValues.Select(k => k.ToString()));
    }

    [Fact]
    public void No_public_type_of_the_client_shares_a_name_with_a_type_of_the_namespaces_implicit_usings_bring()
    {
        // The implicit usings of a console app or a library: a type of the same name there is CS0104 for users.
        string[] namespaces = ["System", "System.IO", "System.Collections.Generic", "System.Linq", "System.Net.Http", "System.Threading", "System.Threading.Tasks"];
        // The default load context's assemblies: the framework's and the test's own (not a client
        // another test loads into a context of its own from a folder it then deletes).
        var taken = System.Runtime.Loader.AssemblyLoadContext.Default.Assemblies.Where(a => !a.IsDynamic)
            .SelectMany(a => { try { return a.GetExportedTypes(); } catch (ReflectionTypeLoadException) { return []; } })
            .Where(t => namespaces.Contains(t.Namespace)).Select(t => t.Name).ToHashSet();
        var names = Sdk.GetExportedTypes().Select(t => t.Name).ToList();
        Assert.Contains("Policy", names);
        Assert.DoesNotContain(names, taken.Contains);
        // Numbered duplicates (Format2 … Format11) came from one anonymous enum per parameter.
        Assert.DoesNotContain(names, n => System.Text.RegularExpressions.Regex.IsMatch(n, @"^[A-Za-z]+\d+$"));
    }
}
