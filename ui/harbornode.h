#pragma once
// What a node of a Harbor's own tree (/api/v2.0) knows: its project, repository and artifact as
// Harbor listed them. Shared by the nodes below a project so each can name its place.

#include "core/harbortypes.h"

#include <optional>

namespace berth {

struct HarborNodeData {
    HarborProject project;
    std::optional<HarborProjectSummary> summary; // once the project's repositories are listed
    HarborRepository repository;
    HarborArtifact artifact;

    QString repositoryInProject() const { return repository.nameInProject(); }
};

} // namespace berth
