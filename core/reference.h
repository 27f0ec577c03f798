#pragma once
// Docker image references: parsing, validation and normalisation (docker.io, library/, ports, digests).

#include "error.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace berth {

struct ImageReference {
    QString registry;   // normalised "host[:port]"; "docker.io" for Docker Hub (also for index.docker.io)
    QString repository; // "library/alpine", "team/web"
    QString tag;        // may be empty
    QString digest;     // "sha256:<hex>" or empty

    // Parses the Docker reference grammar: a first component is a registry only if it contains '.'
    // or ':' or is "localhost"; otherwise the registry is docker.io, and one-component names get
    // "library/". Both tag and digest may be present ("name:tag@sha256:..."). With neither, tag
    // stays empty unless defaultTag is given. Uppercase in the repository, bad tags and digests
    // that are not sha256 + 64 lowercase hex are errors (kind InvalidInput) naming the problem.
    static std::optional<ImageReference> parse(QStringView text, Error *error = nullptr,
                                               QStringView defaultTag = {});

    // Parses "host[:port]" alone (a REGISTRY argument). Accepts an optional "https://" or "http://"
    // prefix and a trailing "/", which are dropped. "index.docker.io" and "registry-1.docker.io"
    // normalise to "docker.io".
    static std::optional<QString> parseRegistry(QStringView text, Error *error = nullptr);

    // Parses "host[:port]/name" (a REPOSITORY argument: no tag, no digest).
    static std::optional<ImageReference> parseRepository(QStringView text, Error *error = nullptr);

    bool isValid() const { return !registry.isEmpty() && !repository.isEmpty(); }
    // "tag" if set, otherwise digest.
    QString reference() const { return digest.isEmpty() ? tag : digest; }
    // Canonical string: registry/repository[:tag][@digest]. docker.io is written out.
    QString toString() const;
    // "registry/repository".
    QString name() const;
    // The host to talk to: "registry-1.docker.io" for docker.io, registry otherwise.
    QString wireHost() const { return wireHostOf(registry); }
    static QString wireHostOf(const QString &registry);

    static bool isValidRepository(QStringView repository);
    static bool isValidTag(QStringView tag);

    friend bool operator==(const ImageReference &, const ImageReference &) = default;

    // Last, because the macro leaves the access at private.
    Q_DECLARE_TR_FUNCTIONS(ImageReference)
};

} // namespace berth
