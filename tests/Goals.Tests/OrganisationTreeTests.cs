using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ServiceExcellence.ServiceDefaults.Security;
using ServiceExcellence.Testing;

namespace ServiceExcellence.Goals.Tests;

[Collection(GoalsServiceCollection.Name)]
public sealed class OrganisationTreeTests(GoalsService service)
{
    private readonly HttpClient _admin = service.Factory.CreateAdminClient();

    [Fact]
    public async Task The_tree_nests_sub_departments_under_their_parent()
    {
        var (root, child, grandchild) = (Unique.DepartmentCode("root"), Unique.DepartmentCode("child"), Unique.DepartmentCode("grand"));
        await RegisterAsync(root, null);
        await RegisterAsync(child, root);
        await RegisterAsync(grandchild, child);

        var tree = await _admin.GetFromJsonAsync<JsonElement>("/api/organisation/departments");

        var rootNode = tree.EnumerateArray().Single(n => n.GetProperty("code").GetString() == root);
        var childNode = rootNode.GetProperty("children").EnumerateArray().Single();
        Assert.Equal(child, childNode.GetProperty("code").GetString());
        Assert.Equal(grandchild, childNode.GetProperty("children")[0].GetProperty("code").GetString());
    }

    [Fact]
    public async Task Moving_a_department_under_its_own_descendant_is_rejected_with_422()
    {
        var (root, child) = (Unique.DepartmentCode("root"), Unique.DepartmentCode("child"));
        await RegisterAsync(root, null);
        await RegisterAsync(child, root);

        var response = await _admin.PutAsJsonAsync($"/api/organisation/departments/{root}", new { name = "Root", parentCode = child });

        await response.AssertProblemAsync(HttpStatusCode.UnprocessableEntity, "parentCode");
    }

    [Fact]
    public async Task Renaming_a_department_changes_its_name()
    {
        var code = Unique.DepartmentCode();
        await RegisterAsync(code, null);

        var response = await _admin.PutAsJsonAsync($"/api/organisation/departments/{code}", new { name = "客户服务部" });

        response.EnsureSuccessStatusCode();
        var department = await _admin.GetFromJsonAsync<JsonElement>($"/api/organisation/departments/{code}");
        Assert.Equal("客户服务部", department.GetProperty("name").GetString());
    }

    [Fact]
    public async Task An_unknown_department_answers_404()
    {
        var response = await _admin.GetAsync($"/api/organisation/departments/{Unique.DepartmentCode("nowhere")}");

        await response.AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Staff_are_registered_in_a_department_and_listed_page_by_page()
    {
        var code = Unique.DepartmentCode();
        await RegisterAsync(code, null);
        var manager = service.Factory.CreateClientAs("manager", [Roles.Manager], code);
        for (var i = 1; i <= 3; i++)
        {
            var created = await manager.PostAsJsonAsync("/api/organisation/staff", new { id = $"{code}-{i}", name = $"Agent {i}", departmentCode = code, team = "A" });
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        }

        var page = await manager.GetFromJsonAsync<JsonElement>($"/api/organisation/staff?departmentCode={code}&page=2&pageSize=2");

        Assert.Equal(3, page.GetProperty("total").GetInt32());
        Assert.Equal($"{code}-3", page.GetProperty("items").EnumerateArray().Single().GetProperty("id").GetString());
    }

    [Fact]
    public async Task A_manager_of_another_department_gets_403_when_registering_staff()
    {
        var code = Unique.DepartmentCode();
        await RegisterAsync(code, null);
        var outsider = service.Factory.CreateClientAs("manager-elsewhere", [Roles.Manager], Unique.DepartmentCode("other"));

        var response = await outsider.PostAsJsonAsync("/api/organisation/staff", new { id = Unique.DepartmentCode("s"), name = "X", departmentCode = code });

        await response.AssertProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_page_size_over_200_is_rejected_with_400_naming_it()
    {
        var response = await _admin.GetAsync("/api/organisation/staff?pageSize=201");

        await response.AssertProblemAsync(HttpStatusCode.BadRequest, "pageSize");
    }

    private async Task RegisterAsync(string code, string? parentCode) =>
        (await _admin.PostAsJsonAsync("/api/organisation/departments", new { code, name = code, parentCode })).EnsureSuccessStatusCode();
}
