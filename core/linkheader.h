#pragma once
// RFC 8288 Link headers, for paging through catalog and tag lists.

#include <QByteArray>
#include <QUrl>

#include <optional>

namespace berth {

// The target of the rel="next" link, resolved against the request URL (the link may be relative).
// The link's query is kept exactly as sent. Accepts old servers that omit the angle brackets
// (`/v2/_catalog?last=x&n=100; rel="next"`), several links in one header, and rel values listing
// several relations (rel="next last"). nullopt when there is no next link.
std::optional<QUrl> nextLink(const QByteArray &linkHeader, const QUrl &requestUrl);

} // namespace berth
