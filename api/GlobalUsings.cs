global using FastEndpoints;
global using FluentValidation;
global using FluentValidation.Results;
global using Mgi.Api.Contract;
global using Mgi.Api.Csv;
global using Mgi.Api.Data;
global using Mgi.Api.Lists;
global using Mgi.Api.ReadModel;
