<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BlobFile</name>
    <message>
        <source>The disk is full.</source>
        <translation>磁盘已满。</translation>
    </message>
    <message>
        <source>The disk quota is exceeded.</source>
        <translation>已超出磁盘配额。</translation>
    </message>
    <message>
        <source>The disk is read-only.</source>
        <translation>磁盘为只读。</translation>
    </message>
    <message>
        <source>Permission denied.</source>
        <translation>权限被拒绝。</translation>
    </message>
    <message>
        <source>The folder does not exist.</source>
        <translation>文件夹不存在。</translation>
    </message>
    <message>
        <source>A part of the path is not a folder.</source>
        <translation>路径中有一部分不是文件夹。</translation>
    </message>
    <message>
        <source>It is a folder.</source>
        <translation>它是一个文件夹。</translation>
    </message>
    <message>
        <source>The file exists already.</source>
        <translation>文件已存在。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a partial download of %2.</source>
        <translation>%1 不是 %2 的未完成下载。</translation>
    </message>
    <message>
        <source>Cannot write %1: it is not open.</source>
        <translation>无法写入 %1：文件未打开。</translation>
    </message>
    <message>
        <source>The blob %1 has %2 bytes instead of %3.</source>
        <translation>blob %1 的大小为 %2 字节，而不是 %3 字节。</translation>
    </message>
    <message>
        <source>The blob %1 does not match its digest (its content has digest %2).</source>
        <translation>blob %1 与其摘要不符（其内容的摘要为 %2）。</translation>
    </message>
</context>
<context>
    <name>CleanupPlanner</name>
    <message>
        <source>Say what to keep: the newest N tags, or the tags younger than D days.</source>
        <translation>请说明要保留哪些标签：最新的 N 个标签，或不超过 D 天的标签。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid pattern: %2</source>
        <translation>“%1”不是有效的模式：%2</translation>
    </message>
    <message>
        <source>deleted: outside the keep rules</source>
        <translation>删除：不在保留规则之内</translation>
    </message>
    <message>
        <source>kept: does not match the pattern</source>
        <translation>保留：与模式不匹配</translation>
    </message>
    <message numerus="yes">
        <source>kept: one of the %n newest by date</source>
        <translation>
            <numerusform>保留：按日期属于最新的 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>kept: one of the %n highest versions</source>
        <translation>
            <numerusform>保留：属于版本最高的 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>kept: younger than %n day(s)</source>
        <translation>
            <numerusform>保留：不超过 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>kept: shares its manifest with the kept tag %1</source>
        <translation>保留：与保留的标签 %1 共用同一清单</translation>
    </message>
    <message>
        <source>kept: creation date unknown</source>
        <translation>保留：创建日期未知</translation>
    </message>
    <message>
        <source>kept: the tag could not be resolved</source>
        <translation>保留：无法解析该标签</translation>
    </message>
</context>
<context>
    <name>DockerArchiveReader</name>
    <message>
        <source>%1 is not a valid docker-archive: %2</source>
        <translation>%1 不是有效的 docker-archive：%2</translation>
    </message>
    <message>
        <source>it has no manifest.json.</source>
        <translation>其中没有 manifest.json。</translation>
    </message>
    <message>
        <source>its manifest.json is not a list of images.</source>
        <translation>其 manifest.json 不是镜像列表。</translation>
    </message>
    <message>
        <source>manifest.json names &quot;%1&quot;, which is not a file in the archive.</source>
        <translation>manifest.json 中的“%1”不是归档中的文件。</translation>
    </message>
    <message>
        <source>an image in manifest.json has no list of layers.</source>
        <translation>manifest.json 中有一个镜像没有层列表。</translation>
    </message>
    <message>
        <source>its index.json is not an image index.</source>
        <translation>其 index.json 不是镜像索引。</translation>
    </message>
    <message>
        <source>%1 holds %2 images; name one.</source>
        <translation>%1 包含 %2 个镜像，请指定其中一个。</translation>
    </message>
    <message>
        <source>%1 has no image tagged %2.</source>
        <translation>%1 中没有标签为 %2 的镜像。</translation>
    </message>
    <message>
        <source>the config changed while it was read.</source>
        <translation>读取配置时配置发生了变化。</translation>
    </message>
    <message>
        <source>%1 has no OCI manifest for this image.</source>
        <translation>%1 中没有此镜像的 OCI 清单。</translation>
    </message>
    <message>
        <source>The manifest %1 in %2 does not match its digest.</source>
        <translation>%2 中的清单 %1 与其摘要不符。</translation>
    </message>
    <message>
        <source>a layer is missing.</source>
        <translation>缺少一个层。</translation>
    </message>
    <message>
        <source>%1 cannot be read whole.</source>
        <translation>无法完整读取 %1。</translation>
    </message>
</context>
<context>
    <name>DockerArchiveWriter</name>
    <message>
        <source>A docker-archive needs one image manifest and one file per layer.</source>
        <translation>docker-archive 需要一个镜像清单，且每一层对应一个文件。</translation>
    </message>
    <message>
        <source>The image config does not match the manifest&apos;s config digest %1.</source>
        <translation>镜像配置与清单中的配置摘要 %1 不符。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid sha256 digest.</source>
        <translation>“%1”不是有效的 sha256 摘要。</translation>
    </message>
    <message>
        <source>The layer file %1 is missing or does not have the size of %2.</source>
        <translation>层文件 %1 缺失，或其大小不是 %2。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>OCI index</source>
        <translation>OCI 索引</translation>
    </message>
    <message>
        <source>OCI image manifest</source>
        <translation>OCI 镜像清单</translation>
    </message>
    <message>
        <source>Docker manifest list</source>
        <translation>Docker 清单列表</translation>
    </message>
    <message>
        <source>Docker image manifest</source>
        <translation>Docker 镜像清单</translation>
    </message>
    <message>
        <source>Docker schema 1 manifest (deprecated)</source>
        <translation>Docker schema 1 清单（已弃用）</translation>
    </message>
    <message>
        <source>Layer (tar+gzip)</source>
        <translation>层（tar+gzip）</translation>
    </message>
    <message>
        <source>Layer (tar+zstd)</source>
        <translation>层（tar+zstd）</translation>
    </message>
    <message>
        <source>Layer (tar)</source>
        <translation>层（tar）</translation>
    </message>
</context>
<context>
    <name>HarborErrors</name>
    <message>
        <source> (Harbor says: %1)</source>
        <translation>（Harbor 返回：%1）</translation>
    </message>
    <message>
        <source>Harbor at %1 refused access to %2 without valid credentials%3; check the user name and password, or log in.</source>
        <translation>%1 上的 Harbor 拒绝在没有有效凭据的情况下访问 %2%3；请检查用户名和密码，或先登录。</translation>
    </message>
    <message>
        <source>Harbor at %1 rejected a write to %2 as a CSRF failure%3; the request must not carry a session cookie.</source>
        <translation>%1 上的 Harbor 以 CSRF 校验失败为由拒绝了对 %2 的写入%3；请求不得携带会话 Cookie。</translation>
    </message>
    <message>
        <source>Harbor at %1 denied access to %2: this account lacks the permission%3.</source>
        <translation>%1 上的 Harbor 拒绝访问 %2：此账户缺少相应权限%3。</translation>
    </message>
    <message>
        <source>%1 was not found on Harbor at %2%3.</source>
        <translation>在 %2 上的 Harbor 中找不到 %1%3。</translation>
    </message>
    <message>
        <source>Harbor at %1 rejected the request for %2 as invalid%3.</source>
        <translation>%1 上的 Harbor 认为对 %2 的请求无效，已拒绝%3。</translation>
    </message>
    <message>
        <source>%1 already exists on Harbor at %2%3.</source>
        <translation>%1 已存在于 %2 上的 Harbor 中%3。</translation>
    </message>
    <message>
        <source>%1 on Harbor at %2 is not empty and cannot be deleted%3; delete what it contains first.</source>
        <translation>%2 上的 Harbor 中的 %1 不为空，无法删除%3；请先删除其中的内容。</translation>
    </message>
    <message>
        <source>Harbor at %1 answered HTTP %2 for %3%4.</source>
        <translation>%1 上的 Harbor 对 %3 返回了 HTTP %2%4。</translation>
    </message>
</context>
<context>
    <name>ImageReference</name>
    <message>
        <source>The image reference is empty; give one like registry.example.com/team/web:1.0.</source>
        <translation>镜像引用为空；请给出类似 registry.example.com/team/web:1.0 的引用。</translation>
    </message>
    <message>
        <source>Unsupported digest algorithm in &quot;%1&quot;: only sha256 digests are supported.</source>
        <translation>“%1”中的摘要算法不受支持：仅支持 sha256 摘要。</translation>
    </message>
    <message>
        <source>Invalid digest in &quot;%1&quot;: a digest is &quot;sha256:&quot; followed by 64 lowercase hex digits.</source>
        <translation>“%1”中的摘要无效：摘要应为“sha256:”后跟 64 位小写十六进制数字。</translation>
    </message>
    <message>
        <source>Invalid tag &quot;%1&quot; in &quot;%2&quot;: a tag has 1 to 128 letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos; and does not start with &apos;.&apos; or &apos;-&apos;.</source>
        <translation>“%2”中的标签“%1”无效：标签由 1 到 128 个字母、数字、&apos;_&apos;、&apos;.&apos; 或 &apos;-&apos; 组成，且不能以 &apos;.&apos; 或 &apos;-&apos; 开头。</translation>
    </message>
    <message>
        <source>The image reference &quot;%1&quot; has no repository name.</source>
        <translation>镜像引用“%1”中没有仓库名称。</translation>
    </message>
    <message>
        <source>The repository name in &quot;%1&quot; is longer than %2 characters.</source>
        <translation>“%1”中的仓库名称超过了 %2 个字符。</translation>
    </message>
    <message>
        <source>Invalid registry &quot;%1&quot; in &quot;%2&quot;: use host or host:port.</source>
        <translation>“%2”中的镜像仓库“%1”无效：请使用 host 或 host:port。</translation>
    </message>
    <message>
        <source>Invalid repository name in &quot;%1&quot;: repository names must be lowercase.</source>
        <translation>“%1”中的仓库名称无效：仓库名称必须为小写。</translation>
    </message>
    <message>
        <source>Invalid repository name in &quot;%1&quot;: use lowercase letters and digits separated by &apos;/&apos;, &apos;.&apos;, &apos;_&apos;, &apos;__&apos; or &apos;-&apos;.</source>
        <translation>“%1”中的仓库名称无效：请使用小写字母和数字，并以 &apos;/&apos;、&apos;.&apos;、&apos;_&apos;、&apos;__&apos; 或 &apos;-&apos; 分隔。</translation>
    </message>
    <message>
        <source>The registry is empty; give one like registry.example.com or localhost:5000.</source>
        <translation>镜像仓库为空；请给出类似 registry.example.com 或 localhost:5000 的地址。</translation>
    </message>
    <message>
        <source>Invalid registry &quot;%1&quot;: give only host[:port], without a path.</source>
        <translation>镜像仓库“%1”无效：只需给出 host[:port]，不要带路径。</translation>
    </message>
    <message>
        <source>Invalid registry &quot;%1&quot;: use host or host:port, e.g. registry.example.com:5000.</source>
        <translation>镜像仓库“%1”无效：请使用 host 或 host:port，例如 registry.example.com:5000。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names an image, not a repository; leave out the tag and digest.</source>
        <translation>“%1”指的是镜像而不是仓库；请去掉标签和摘要。</translation>
    </message>
</context>
<context>
    <name>ImageSource</name>
    <message>
        <source>%1 is neither an OCI image layout folder nor a docker-archive file.</source>
        <translation>%1 既不是 OCI 镜像布局文件夹，也不是 docker-archive 文件。</translation>
    </message>
    <message>
        <source>The layout %1 lacks the manifest %2 of its index.</source>
        <translation>布局 %1 缺少其索引中的清单 %2。</translation>
    </message>
    <message>
        <source>The layout %1 lacks the blob %2.</source>
        <translation>布局 %1 缺少 blob %2。</translation>
    </message>
</context>
<context>
    <name>ManifestParser</name>
    <message>
        <source>A descriptor has an invalid digest &quot;%1&quot;; expected sha256: and 64 lowercase hex digits. The manifest cannot be used.</source>
        <translation>某个描述符的摘要“%1”无效；应为 sha256: 后跟 64 位小写十六进制数字。此清单无法使用。</translation>
    </message>
    <message>
        <source>The descriptor %1 has a missing or invalid size; the manifest cannot be used.</source>
        <translation>描述符 %1 缺少大小或大小无效；此清单无法使用。</translation>
    </message>
    <message>
        <source>The registry sent a manifest of unsupported type %1.</source>
        <translation>镜像仓库发送了不受支持的清单类型 %1。</translation>
    </message>
    <message>
        <source>The manifest says its media type is %1 but the registry sent it as %2; mismatched manifests are refused.</source>
        <translation>清单声明其媒体类型为 %1，但镜像仓库以 %2 发送；媒体类型不一致的清单会被拒绝。</translation>
    </message>
    <message>
        <source>The manifest has unsupported media type %1.</source>
        <translation>清单的媒体类型 %1 不受支持。</translation>
    </message>
    <message>
        <source>The document is not a manifest: it has no mediaType, config or manifests.</source>
        <translation>该文档不是清单：其中没有 mediaType、config 或 manifests。</translation>
    </message>
    <message>
        <source>The schema 1 manifest has no fsLayers list.</source>
        <translation>schema 1 清单中没有 fsLayers 列表。</translation>
    </message>
    <message>
        <source>The schema 1 manifest has an invalid blobSum &quot;%1&quot;.</source>
        <translation>schema 1 清单中的 blobSum“%1”无效。</translation>
    </message>
    <message>
        <source>The index has &quot;config&quot; or &quot;layers&quot;, which only an image manifest may have; such ambiguous documents are refused (CVE-2021-41190).</source>
        <translation>该索引含有“config”或“layers”，而只有镜像清单才能包含它们；这类含义不明的文档会被拒绝（CVE-2021-41190）。</translation>
    </message>
    <message>
        <source>The index has no &quot;manifests&quot; list.</source>
        <translation>该索引中没有“manifests”列表。</translation>
    </message>
    <message>
        <source>The image manifest has a &quot;manifests&quot; list, which only an index may have; such ambiguous documents are refused (CVE-2021-41190).</source>
        <translation>该镜像清单含有“manifests”列表，而只有索引才能包含它；这类含义不明的文档会被拒绝（CVE-2021-41190）。</translation>
    </message>
    <message>
        <source>The image manifest lacks its &quot;config&quot; or &quot;layers&quot;.</source>
        <translation>该镜像清单缺少“config”或“layers”。</translation>
    </message>
    <message>
        <source>The manifest is %1 bytes, more than the 4 MiB limit; it was refused as unsafe.</source>
        <translation>清单大小为 %1 字节，超过 4 MiB 的上限；出于安全考虑已拒绝。</translation>
    </message>
    <message>
        <source>The manifest is not valid JSON (%1 at byte %2).</source>
        <translation>清单不是有效的 JSON（第 %2 字节处：%1）。</translation>
    </message>
    <message>
        <source>The manifest is not a JSON object.</source>
        <translation>清单不是 JSON 对象。</translation>
    </message>
    <message>
        <source>The manifest&apos;s mediaType is not a string.</source>
        <translation>清单的 mediaType 不是字符串。</translation>
    </message>
    <message>
        <source>The manifest has schemaVersion %1, but %2 requires %3.</source>
        <translation>清单的 schemaVersion 为 %1，但 %2 要求为 %3。</translation>
    </message>
</context>
<context>
    <name>OciLayout</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not an OCI image layout (oci-layout or index.json is missing or invalid).</source>
        <translation>%1 不是 OCI 镜像布局（oci-layout 或 index.json 缺失或无效）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid sha256 digest.</source>
        <translation>“%1”不是有效的 sha256 摘要。</translation>
    </message>
    <message>
        <source>The blob %1 is missing from %2.</source>
        <translation>%2 中缺少 blob %1。</translation>
    </message>
    <message>
        <source>The blob %1 is too large (%2 bytes).</source>
        <translation>blob %1 太大（%2 字节）。</translation>
    </message>
    <message>
        <source>The blob %1 in %2 does not match its digest.</source>
        <translation>%2 中的 blob %1 与其摘要不符。</translation>
    </message>
    <message>
        <source>%1 has no index.json.</source>
        <translation>%1 中没有 index.json。</translation>
    </message>
    <message>
        <source>The index.json of %1 is not a valid image index.</source>
        <translation>%1 的 index.json 不是有效的镜像索引。</translation>
    </message>
    <message>
        <source>The index.json of %1 has an invalid entry: %2</source>
        <translation>%1 的 index.json 中有无效条目：%2</translation>
    </message>
    <message>
        <source>%1 holds %2 images; name one as %1:TAG.</source>
        <translation>%1 包含 %2 个镜像；请以 %1:TAG 的形式指定其中一个。</translation>
    </message>
    <message>
        <source>%1 has no image tagged %2.</source>
        <translation>%1 中没有标签为 %2 的镜像。</translation>
    </message>
    <message>
        <source>Cannot add %1 to the index as &quot;%2&quot;.</source>
        <translation>无法将 %1 以“%2”添加到索引中。</translation>
    </message>
</context>
<context>
    <name>RegistryErrors</name>
    <message>
        <source>the registry</source>
        <translation>镜像仓库</translation>
    </message>
    <message>
        <source>Registry %1 refused access to %2 without valid credentials; log in with a user that may use it.</source>
        <translation>镜像仓库 %1 拒绝在没有有效凭据的情况下访问 %2；请以有权使用它的用户登录。</translation>
    </message>
    <message>
        <source>Permission denied for %1 on registry %2; ask its administrator for access.</source>
        <translation>在镜像仓库 %2 上访问 %1 的权限被拒绝；请向其管理员申请访问权限。</translation>
    </message>
    <message>
        <source>Permission to %1 %2 was denied by registry %3; ask its administrator for that right.</source>
        <translation>镜像仓库 %3 拒绝了对 %2 执行 %1 操作的权限；请向其管理员申请该权限。</translation>
    </message>
    <message>
        <source>%1 was not found on registry %2 (perhaps it was already deleted); refresh and check the name.</source>
        <translation>在镜像仓库 %2 上找不到 %1（可能已被删除）；请刷新并检查名称。</translation>
    </message>
    <message>
        <source>%1 was not found on registry %2; check the repository name, tag or digest.</source>
        <translation>在镜像仓库 %2 上找不到 %1；请检查仓库名称、标签或摘要。</translation>
    </message>
    <message>
        <source>Deletion is disabled on registry %1 (storage.delete.enabled is false on the server); ask its administrator to enable it.</source>
        <translation>镜像仓库 %1 已禁用删除（服务器上的 storage.delete.enabled 为 false）；请让其管理员启用。</translation>
    </message>
    <message>
        <source>Registry %1 does not allow this operation on %2 (HTTP %3); it may be read-only or a pull-through cache.</source>
        <translation>镜像仓库 %1 不允许对 %2 执行此操作（HTTP %3）；它可能是只读的，或是拉取缓存（pull-through cache）。</translation>
    </message>
    <message>
        <source>Registry %1 is limiting the rate of requests for %2; wait a few minutes and try again.</source>
        <translation>镜像仓库 %1 正在对 %2 的请求限流；请等几分钟后再试。</translation>
    </message>
    <message>
        <source>Registry %1 rejected the content sent for %2 because its digest or size did not match; retry the transfer.</source>
        <translation>镜像仓库 %1 拒绝了为 %2 发送的内容，因为其摘要或大小不符；请重新传输。</translation>
    </message>
    <message>
        <source>Registry %1 rejected %2 as invalid (HTTP %3); check the name, tag and arguments.</source>
        <translation>镜像仓库 %1 认为 %2 无效并已拒绝（HTTP %3）；请检查名称、标签和参数。</translation>
    </message>
    <message>
        <source>Registry %1 failed while handling %2 (HTTP %3); try again later or check the registry&apos;s logs.</source>
        <translation>镜像仓库 %1 处理 %2 时出错（HTTP %3）；请稍后重试，或查看镜像仓库的日志。</translation>
    </message>
    <message>
        <source>Registry %1 rejected the request for %2 (HTTP %3); check the registry&apos;s logs.</source>
        <translation>镜像仓库 %1 拒绝了对 %2 的请求（HTTP %3）；请查看镜像仓库的日志。</translation>
    </message>
    <message>
        <source>%1 The registry said: %2</source>
        <translation>%1 镜像仓库返回：%2</translation>
    </message>
</context>
<context>
    <name>TarReader</name>
    <message>
        <source>%1 is not a valid tar archive: %2</source>
        <translation>%1 不是有效的 tar 归档：%2</translation>
    </message>
    <message>
        <source>%1 was refused: its entry &quot;%2&quot; points outside the archive.</source>
        <translation>已拒绝 %1：其条目“%2”指向归档之外。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>it is truncated.</source>
        <translation>文件不完整（被截断）。</translation>
    </message>
    <message>
        <source>it is compressed; decompress it first.</source>
        <translation>文件是压缩的；请先解压。</translation>
    </message>
    <message>
        <source>a header is damaged.</source>
        <translation>有一个文件头已损坏。</translation>
    </message>
    <message>
        <source>an extended header is too large.</source>
        <translation>有一个扩展头过大。</translation>
    </message>
    <message>
        <source>an extended header is damaged.</source>
        <translation>有一个扩展头已损坏。</translation>
    </message>
    <message>
        <source>%1 in %2 is not a regular file.</source>
        <translation>%2 中的 %1 不是普通文件。</translation>
    </message>
    <message>
        <source>%1 in %2 is too large (%3 bytes).</source>
        <translation>%2 中的 %1 太大（%3 字节）。</translation>
    </message>
    <message>
        <source>%1 cannot be read whole.</source>
        <translation>无法完整读取 %1。</translation>
    </message>
</context>
<context>
    <name>TarWriter</name>
    <message>
        <source>the archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <source>Cannot write the archive: %1</source>
        <translation>无法写入归档：%1</translation>
    </message>
    <message>
        <source>Cannot add %1 to the archive now.</source>
        <translation>现在无法将 %1 添加到归档中。</translation>
    </message>
    <message>
        <source>More data than announced for an archive entry.</source>
        <translation>归档条目的数据多于声明的大小。</translation>
    </message>
    <message>
        <source>Less data than announced for an archive entry.</source>
        <translation>归档条目的数据少于声明的大小。</translation>
    </message>
    <message>
        <source>Cannot read the data for %1: %2</source>
        <translation>无法读取 %1 的数据：%2</translation>
    </message>
    <message>
        <source>it is shorter than expected.</source>
        <translation>数据比预期的短。</translation>
    </message>
    <message>
        <source>An archive entry was not finished.</source>
        <translation>有一个归档条目未写完。</translation>
    </message>
</context>
<context>
    <name>TokenResponseParser</name>
    <message>
        <source>The token service sent %1 bytes, more than the 1 MiB limit; the response was refused.</source>
        <translation>令牌服务发送了 %1 字节，超过 1 MiB 的上限；已拒绝该响应。</translation>
    </message>
    <message>
        <source>The token service did not answer with a JSON object; check the registry&apos;s auth realm.</source>
        <translation>令牌服务返回的不是 JSON 对象；请检查镜像仓库的认证 realm。</translation>
    </message>
    <message>
        <source>The token service&apos;s answer holds no token; check the registry&apos;s auth realm and service.</source>
        <translation>令牌服务的响应中没有令牌；请检查镜像仓库的认证 realm 和 service。</translation>
    </message>
</context>
<context>
    <name>berth::Authenticator</name>
    <message>
        <source>The registry named an invalid token service &quot;%1&quot;.</source>
        <translation>镜像仓库指定了无效的令牌服务“%1”。</translation>
    </message>
    <message>
        <source>The registry %1 uses HTTPS but sends clients to the plain-HTTP token service %2; Berth does not send credentials there.</source>
        <translation>镜像仓库 %1 使用 HTTPS，却把客户端引向明文 HTTP 的令牌服务 %2；Berth 不会向那里发送凭据。</translation>
    </message>
    <message>
        <source>The token service %1 uses plain HTTP; mark the registry as insecure to allow it.</source>
        <translation>令牌服务 %1 使用明文 HTTP；如需允许，请将该镜像仓库标记为不安全。</translation>
    </message>
    <message>
        <source>The registry asked for a token but named no token service.</source>
        <translation>镜像仓库要求令牌，却没有指定令牌服务。</translation>
    </message>
    <message>
        <source>The token service %1 refused the credentials of %2 (HTTP %3).</source>
        <translation>令牌服务 %1 拒绝了 %2 的凭据（HTTP %3）。</translation>
    </message>
    <message>
        <source>The token service %1 sent an oversized answer.</source>
        <translation>令牌服务 %1 返回的响应过大。</translation>
    </message>
    <message>
        <source>Could not reach the token service %1: %2</source>
        <translation>无法连接令牌服务 %1：%2</translation>
    </message>
    <message>
        <source>The token service %1 refused the credentials of %2.</source>
        <translation>令牌服务 %1 拒绝了 %2 的凭据。</translation>
    </message>
    <message>
        <source>The token service %1 requires credentials; log in first.</source>
        <translation>令牌服务 %1 需要凭据；请先登录。</translation>
    </message>
    <message>
        <source>The token service %1 answered HTTP %2.</source>
        <translation>令牌服务 %1 返回了 HTTP %2。</translation>
    </message>
</context>
<context>
    <name>berth::BlobBytesJob</name>
    <message>
        <source>&quot;%1&quot; is not a valid sha256 digest.</source>
        <translation>“%1”不是有效的 sha256 摘要。</translation>
    </message>
    <message>
        <source>The blob %1 of %2 arrived with the digest %3; it was not used.</source>
        <translation>收到的 %2 的 blob %1 摘要为 %3；已丢弃。</translation>
    </message>
</context>
<context>
    <name>berth::BlobDownloadJob</name>
    <message>
        <source>%1 sent more than the %2 bytes of blob %3.</source>
        <translation>%1 发送的数据超过了 blob %3 的 %2 字节。</translation>
    </message>
    <message>
        <source>Blob %1 of %2: %3</source>
        <translation>%2 的 blob %1：%3</translation>
    </message>
</context>
<context>
    <name>berth::BlobUploadJob</name>
    <message>
        <source>%1 started an upload without saying where to send it.</source>
        <translation>%1 开始了上传，却没有告知上传地址。</translation>
    </message>
    <message>
        <source>The blob %1 read from %2 did not match its digest; it was not stored.</source>
        <translation>从 %2 读取的 blob %1 与其摘要不符；未予保存。</translation>
    </message>
</context>
<context>
    <name>berth::BulkDeleteDialog</name>
    <message>
        <source>Delete Repository</source>
        <translation>删除仓库</translation>
    </message>
    <message>
        <source>Delete Tags</source>
        <translation>删除标签</translation>
    </message>
    <message>
        <source>Listing the manifests of %1 and their tags…</source>
        <translation>正在列出 %1 的清单及其标签…</translation>
    </message>
    <message numerus="yes">
        <source>Delete every manifest of %1? These %n manifest(s)</source>
        <translation>
            <numerusform>删除 %1 的所有清单？这 %n 个清单</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and their %n tag(s) go:</source>
        <translation>
            <numerusform>及其 %n 个标签将被删除：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the manifests of the %n selected tag(s) of %1? Deleting a manifest takes every tag on it; </source>
        <translation>
            <numerusform>删除 %1 中所选 %n 个标签的清单？删除清单会同时删除指向它的所有标签；</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s) go in all:</source>
        <translation>
            <numerusform>共将删除 %n 个标签：</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to delete in %1.</source>
        <translation>%1 中没有可删除的内容。</translation>
    </message>
    <message>
        <source>Manifest</source>
        <translation>清单</translation>
    </message>
    <message>
        <source>Tags that go with it</source>
        <translation>随之删除的标签</translation>
    </message>
    <message>
        <source>%1 (not selected)</source>
        <translation>%1（未选择）</translation>
    </message>
    <message>
        <source>The registry keeps the repository in its catalog with no tags, and frees the space only when its garbage collection runs.</source>
        <translation>镜像仓库会在目录中保留这个没有标签的仓库，并且只有在运行垃圾回收后才会释放空间。</translation>
    </message>
    <message>
        <source>The registry frees the space only when its garbage collection runs.</source>
        <translation>只有在镜像仓库运行垃圾回收后，空间才会释放。</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>正在删除…</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Manifest(s)</source>
        <translation>
            <numerusform>删除 %n 个清单</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>berth::CertificateDialog</name>
    <message>
        <source>Certificate of %1</source>
        <translation>%1 的证书</translation>
    </message>
    <message>
        <source>The certificate of %1 could not be verified. Trust it only if you know it is the registry&apos;s own certificate (compare the fingerprint with what its administrator gives you). Berth will then accept exactly this certificate for this registry, and no other.</source>
        <translation>无法验证 %1 的证书。只有在确认这就是该镜像仓库自己的证书时才应信任它（请将指纹与其管理员提供的指纹进行比对）。之后 Berth 对该镜像仓库只接受这一个证书，不接受其他证书。</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>问题：</translation>
    </message>
    <message>
        <source>Certificate of the registry</source>
        <translation>镜像仓库的证书</translation>
    </message>
    <message>
        <source>Issuer certificate %1</source>
        <translation>颁发者证书 %1</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>使用者：%1</translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation>颁发者：%1</translation>
    </message>
    <message>
        <source>Valid from: %1</source>
        <translation>有效期自：%1</translation>
    </message>
    <message>
        <source>Valid until: %1</source>
        <translation>有效期至：%1</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation>SHA-256 指纹：%1</translation>
    </message>
    <message>
        <source>The registry sent no certificate.</source>
        <translation>镜像仓库没有发送证书。</translation>
    </message>
    <message>
        <source>&amp;Trust This Certificate for %1</source>
        <translation>为 %1 信任此证书(&amp;T)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>berth::CleanupDialog</name>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>The repository has no tags.</source>
        <translation>该仓库没有标签。</translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s) go</source>
        <translation>
            <numerusform>将删除 %n 个标签，</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>with %n manifest(s);</source>
        <translation>
            <numerusform>涉及 %n 个清单；</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s) stay.</source>
        <translation>
            <numerusform>保留 %n 个标签。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Tag(s)</source>
        <translation>
            <numerusform>删除 %n 个标签</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %n tag(s) would be deleted with</source>
        <translation>
            <numerusform>试运行：将删除 %n 个标签，</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n manifest(s); nothing was deleted.</source>
        <translation>
            <numerusform>涉及 %n 个清单；未删除任何内容。</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>正在删除…</translation>
    </message>
    <message>
        <source>Clean Up %1</source>
        <translation>清理 %1</translation>
    </message>
    <message>
        <source>Delete old tags of %1/%2. Only tags matching the pattern are candidates; a tag that shares its manifest with a kept tag stays, because deleting a manifest takes every tag on it.</source>
        <translation>删除 %1/%2 的旧标签。只有与模式匹配的标签才会被考虑；与保留的标签共用同一清单的标签也会保留，因为删除清单会同时删除指向它的所有标签。</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>The &amp;newest</source>
        <translation>最新的(&amp;N)</translation>
    </message>
    <message>
        <source> tags</source>
        <translation> 个标签</translation>
    </message>
    <message>
        <source>by</source>
        <translation>按</translation>
    </message>
    <message>
        <source>created date</source>
        <translation>创建日期</translation>
    </message>
    <message>
        <source>version order</source>
        <translation>版本顺序</translation>
    </message>
    <message>
        <source>Tags &amp;younger than</source>
        <translation>标签创建不超过(&amp;Y)</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Only tags &amp;matching:</source>
        <translation>仅限匹配的标签(&amp;M)：</translation>
    </message>
    <message>
        <source>every tag, e.g. pr-* or nightly-*</source>
        <translation>所有标签，例如 pr-* 或 nightly-*</translation>
    </message>
    <message>
        <source>glob</source>
        <translation>通配符</translation>
    </message>
    <message>
        <source>regular expression</source>
        <translation>正则表达式</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Manifest</source>
        <translation>清单</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <source>Dry Run</source>
        <translation>试运行</translation>
    </message>
    <message>
        <source>Say what would be deleted, and delete nothing</source>
        <translation>列出将被删除的内容，但不实际删除</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Reading the tags of %1 and their created dates…</source>
        <translation>正在读取 %1 的标签及其创建日期…</translation>
    </message>
</context>
<context>
    <name>berth::ConfigView</name>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Entrypoint</source>
        <translation>入口点</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Working directory</source>
        <translation>工作目录</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>环境变量</translation>
    </message>
    <message numerus="yes">
        <source>%n variable(s)</source>
        <translation>
            <numerusform>%n 个变量</numerusform>
        </translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>标记</translation>
    </message>
    <message numerus="yes">
        <source>%n label(s)</source>
        <translation>
            <numerusform>%n 个标记</numerusform>
        </translation>
    </message>
    <message>
        <source>History</source>
        <translation>构建历史</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n 个步骤</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (no layer)</source>
        <translation>%1（无层）</translation>
    </message>
    <message>
        <source>Manifest media type</source>
        <translation>清单媒体类型</translation>
    </message>
    <message>
        <source>Artifact type</source>
        <translation>制品类型</translation>
    </message>
    <message>
        <source>Config media type</source>
        <translation>配置媒体类型</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主体（subject）</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>注解</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n 个注解</numerusform>
        </translation>
    </message>
    <message>
        <source>Blobs</source>
        <translation>blob</translation>
    </message>
    <message numerus="yes">
        <source>%n blob(s)</source>
        <translation>
            <numerusform>%n 个 blob</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
</context>
<context>
    <name>berth::CopyJob</name>
    <message numerus="yes">
        <source>Copying %1 to %2 (%n blob(s))</source>
        <translation>
            <numerusform>正在将 %1 复制到 %2（%n 个 blob）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>berth::DeleteDialog</name>
    <message>
        <source>Delete Manifest</source>
        <translation>删除清单</translation>
    </message>
    <message>
        <source>Finding the tags that point at %1…</source>
        <translation>正在查找指向 %1 的标签…</translation>
    </message>
    <message>
        <source>Delete the manifest %1? No tag points at it.</source>
        <translation>删除清单 %1？没有标签指向它。</translation>
    </message>
    <message numerus="yes">
        <source>Delete the manifest %1? These %n tag(s) point at it and go with it:</source>
        <translation>
            <numerusform>删除清单 %1？以下 %n 个标签指向它，将一并删除：</numerusform>
        </translation>
    </message>
    <message>
        <source>The registry frees the space only when its garbage collection runs.</source>
        <translation>只有在镜像仓库运行垃圾回收后，空间才会释放。</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>正在删除…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>berth::DeleteManifestsJob</name>
    <message numerus="yes">
        <source>%n of %1 manifest(s) could not be deleted: %2</source>
        <translation>
            <numerusform>%1 个清单中有 %n 个无法删除：%2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>berth::DetailsPane</name>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Manifest</source>
        <translation>清单</translation>
    </message>
    <message>
        <source>Config</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>层</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>未选择任何项</translation>
    </message>
    <message>
        <source>Tip:</source>
        <translation>提示：</translation>
    </message>
    <message>
        <source>Select a registry, repository or tag to see its details. Add registries with Registry &gt; Add Registry… (Ctrl+N).</source>
        <translation>选择镜像仓库、仓库或标签即可查看详细信息。可通过“镜像仓库 &gt; 添加镜像仓库…”（Ctrl+N）添加镜像仓库。</translation>
    </message>
    <message>
        <source>Registry:</source>
        <translation>镜像仓库：</translation>
    </message>
    <message>
        <source>Repositories loaded:</source>
        <translation>已加载的仓库：</translation>
    </message>
    <message>
        <source>Repository:</source>
        <translation>仓库：</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>标签：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>引用：</translation>
    </message>
    <message>
        <source>Error:</source>
        <translation>错误：</translation>
    </message>
    <message>
        <source>Expand the repository to list its tags.</source>
        <translation>展开仓库即可列出其标签。</translation>
    </message>
    <message>
        <source>Digest:</source>
        <translation>摘要：</translation>
    </message>
    <message>
        <source>Media type:</source>
        <translation>媒体类型：</translation>
    </message>
    <message>
        <source>Manifests:</source>
        <translation>清单：</translation>
    </message>
    <message numerus="yes">
        <source>%n platform(s), %1 of manifests</source>
        <translation>
            <numerusform>%n 个平台，清单共 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Platforms:</source>
        <translation>平台：</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>大小：</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n layer(s))</source>
        <translation>
            <numerusform>%1（%n 层）</numerusform>
        </translation>
    </message>
    <message>
        <source>Layer sizes:</source>
        <translation>各层大小：</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>创建时间：</translation>
    </message>
    <message>
        <source>OS/Architecture:</source>
        <translation>操作系统/架构：</translation>
    </message>
    <message>
        <source>Labels:</source>
        <translation>标记：</translation>
    </message>
    <message>
        <source>Artifact type:</source>
        <translation>制品类型：</translation>
    </message>
    <message>
        <source>Referrers (%1)</source>
        <translation>关联制品（%1）</translation>
    </message>
    <message>
        <source>Referrers</source>
        <translation>关联制品</translation>
    </message>
    <message>
        <source>This artifact is not an image: its config is empty (%1). Its media types, annotations and blobs are below.</source>
        <translation>此制品不是镜像：其配置为空（%1）。下面列出它的媒体类型、注解和 blob。</translation>
    </message>
    <message>
        <source>This artifact is not an image: its config (%1, %2) is not an image config and too large to show here.</source>
        <translation>此制品不是镜像：其配置（%1，%2）不是镜像配置，且太大，无法在此显示。</translation>
    </message>
    <message>
        <source>This artifact is not an image: its config (%1) is not an image config. It is shown below as it is.</source>
        <translation>此制品不是镜像：其配置（%1）不是镜像配置。下面按原样显示。</translation>
    </message>
    <message>
        <source>Config media type:</source>
        <translation>配置媒体类型：</translation>
    </message>
    <message>
        <source>Blob media types:</source>
        <translation>blob 媒体类型：</translation>
    </message>
    <message>
        <source>Refers to:</source>
        <translation>指向：</translation>
    </message>
    <message>
        <source>Annotations:</source>
        <translation>注解：</translation>
    </message>
</context>
<context>
    <name>berth::DetailsTable</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Media type</source>
        <translation>媒体类型</translation>
    </message>
    <message>
        <source>Digest</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
</context>
<context>
    <name>berth::DockerConfig</name>
    <message>
        <source>Cannot read Docker&apos;s configuration %1: %2</source>
        <translation>无法读取 Docker 配置 %1：%2</translation>
    </message>
    <message>
        <source>Docker&apos;s configuration %1 is not valid: %2. Fix or remove the file.</source>
        <translation>Docker 配置 %1 无效：%2。请修正或删除该文件。</translation>
    </message>
    <message>
        <source>the top level is not a JSON object</source>
        <translation>顶层不是 JSON 对象</translation>
    </message>
</context>
<context>
    <name>berth::DockerCredentialLookup</name>
    <message>
        <source>Docker&apos;s configuration names the credential helper %1, but it is not installed (not found in PATH).</source>
        <translation>Docker 配置指定了凭据助手 %1，但它未安装（在 PATH 中找不到）。</translation>
    </message>
    <message>
        <source>The Docker credential helper %1 could not be started: %2</source>
        <translation>无法启动 Docker 凭据助手 %1：%2</translation>
    </message>
    <message>
        <source>The Docker credential helper docker-credential-%1 did not answer within %2 seconds.</source>
        <translation>Docker 凭据助手 docker-credential-%1 在 %2 秒内没有响应。</translation>
    </message>
    <message>
        <source>The Docker credential helper docker-credential-%1 failed (exit code %2): %3</source>
        <translation>Docker 凭据助手 docker-credential-%1 执行失败（退出码 %2）：%3</translation>
    </message>
    <message>
        <source>The Docker credential helper docker-credential-%1 answered something that is not credentials.</source>
        <translation>Docker 凭据助手 docker-credential-%1 返回的内容不是凭据。</translation>
    </message>
</context>
<context>
    <name>berth::HarborClient</name>
    <message>
        <source>Berth does not send credentials to %1 over plain HTTP.</source>
        <translation>Berth 不会通过明文 HTTP 向 %1 发送凭据。</translation>
    </message>
    <message>
        <source>the account %1</source>
        <translation>账户 %1</translation>
    </message>
    <message>
        <source>the system information</source>
        <translation>系统信息</translation>
    </message>
    <message>
        <source>Harbor at %1 refused the credentials of %2; check the user name and password (or CLI secret), or log in again.</source>
        <translation>%1 上的 Harbor 拒绝了 %2 的凭据；请检查用户名和密码（或 CLI 密钥），或重新登录。</translation>
    </message>
    <message>
        <source>the projects</source>
        <translation>项目列表</translation>
    </message>
    <message>
        <source>project %1</source>
        <translation>项目 %1</translation>
    </message>
    <message>
        <source>the repositories of project %1</source>
        <translation>项目 %1 中的仓库</translation>
    </message>
    <message>
        <source>repository %1/%2</source>
        <translation>仓库 %1/%2</translation>
    </message>
    <message>
        <source>the artifacts of %1/%2</source>
        <translation>%1/%2 中的制品</translation>
    </message>
    <message>
        <source>artifact %1/%2%3</source>
        <translation>制品 %1/%2%3</translation>
    </message>
    <message>
        <source>tag %1/%2:%3</source>
        <translation>标签 %1/%2:%3</translation>
    </message>
    <message>
        <source>your permissions</source>
        <translation>你的权限</translation>
    </message>
    <message>
        <source>the members of the project</source>
        <translation>项目成员</translation>
    </message>
    <message>
        <source>the robot accounts of the project</source>
        <translation>项目的机器人账户</translation>
    </message>
    <message>
        <source>the labels</source>
        <translation>标记列表</translation>
    </message>
    <message>
        <source>artifact %1</source>
        <translation>制品 %1</translation>
    </message>
    <message>
        <source>the vulnerability report of %1</source>
        <translation>%1 的漏洞扫描报告</translation>
    </message>
    <message>
        <source>a copy of %1 into %2/%3</source>
        <translation>将 %1 复制到 %2/%3</translation>
    </message>
</context>
<context>
    <name>berth::HarborDetectJob</name>
    <message>
        <source>the system information</source>
        <translation>系统信息</translation>
    </message>
    <message>
        <source>the health check</source>
        <translation>健康检查</translation>
    </message>
</context>
<context>
    <name>berth::HarborListJob</name>
    <message>
        <source>Harbor at %1 sent something other than a list for %2.</source>
        <translation>%1 上的 Harbor 为 %2 返回的不是列表。</translation>
    </message>
</context>
<context>
    <name>berth::HarborLoginHint</name>
    <message>
        <source>%1 is a Harbor that signs users in with OIDC: log in with your user name and the CLI secret from your Harbor user profile (not your OIDC password), or use a robot account.</source>
        <translation>%1 是使用 OIDC 登录的 Harbor：请使用你的用户名和 Harbor 用户资料中的 CLI 密钥（而不是 OIDC 密码）登录，或使用机器人账户。</translation>
    </message>
</context>
<context>
    <name>berth::HarborProjectDeleteJob</name>
    <message>
        <source>project %1</source>
        <translation>项目 %1</translation>
    </message>
    <message>
        <source>Project %1 on Harbor at %2 cannot be deleted: %3. Delete its repositories (and, for a proxy cache, its cached images) first.</source>
        <translation>无法删除 %2 上的 Harbor 中的项目 %1：%3。请先删除其中的仓库（若是代理缓存项目，还要删除已缓存的镜像）。</translation>
    </message>
    <message>
        <source>Harbor says it is not empty</source>
        <translation>Harbor 表示该项目不为空</translation>
    </message>
</context>
<context>
    <name>berth::HarborProjectDetailsDialog</name>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Project %1</source>
        <translation>项目 %1</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Robot account</source>
        <translation>机器人账户</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Robot Accounts</source>
        <translation>机器人账户</translation>
    </message>
    <message>
        <source>Public project; read-only view: manage members and robot accounts in Harbor.</source>
        <translation>公开项目；此处只读：请在 Harbor 中管理成员和机器人账户。</translation>
    </message>
    <message>
        <source>Private project; read-only view: manage members and robot accounts in Harbor.</source>
        <translation>私有项目；此处只读：请在 Harbor 中管理成员和机器人账户。</translation>
    </message>
    <message numerus="yes">
        <source>Quota: %1 of %2 used (%3%). %n repositories.</source>
        <translation>
            <numerusform>配额：已用 %1 / %2（%3%）。%n 个仓库。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Quota: %1 used, no limit. %n repositories.</source>
        <translation>
            <numerusform>配额：已用 %1，无上限。%n 个仓库。</numerusform>
        </translation>
    </message>
    <message>
        <source>Group</source>
        <translation>组</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已禁用</translation>
    </message>
    <message>
        <source>Never expires</source>
        <translation>永不过期</translation>
    </message>
    <message>
        <source>Expires %1</source>
        <translation>%1 过期</translation>
    </message>
</context>
<context>
    <name>berth::HarborProjectDialog</name>
    <message>
        <source>&amp;Public: anyone may pull</source>
        <translation>公开(&amp;P)：任何人都可以拉取</translation>
    </message>
    <message>
        <source>New Harbor Project</source>
        <translation>新建 Harbor 项目</translation>
    </message>
    <message>
        <source>lower case, e.g. team-web</source>
        <translation>小写，例如 team-web</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>无上限</translation>
    </message>
    <message>
        <source> GiB</source>
        <translation> GiB</translation>
    </message>
    <message>
        <source>None (a normal project)</source>
        <translation>无（普通项目）</translation>
    </message>
    <message>
        <source>The id of a registry endpoint configured in Harbor: the project then caches images pulled from it.</source>
        <translation>Harbor 中已配置的镜像仓库端点的 ID：项目会缓存从该端点拉取的镜像。</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>创建(&amp;C)</translation>
    </message>
    <message>
        <source>Harbor:</source>
        <translation>Harbor：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Storage limit:</source>
        <translation>存储上限(&amp;S)：</translation>
    </message>
    <message>
        <source>Proxy cache of &amp;endpoint:</source>
        <translation>代理缓存的端点(&amp;E)：</translation>
    </message>
    <message>
        <source>Lower-case letters and digits, with single . _ or - between them.</source>
        <translation>小写字母和数字，中间可用单个 . _ 或 - 分隔。</translation>
    </message>
</context>
<context>
    <name>berth::HarborRequest</name>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>The answer of Harbor at %1 for %2 is larger than %3 bytes.</source>
        <translation>%1 上的 Harbor 对 %2 的响应超过了 %3 字节。</translation>
    </message>
    <message>
        <source>Connection to Harbor at %1 failed for %2: %3</source>
        <translation>连接 %1 上的 Harbor 以访问 %2 时失败：%3</translation>
    </message>
    <message>
        <source>Harbor at %1 redirected the request for %2 to %3; Berth does not follow redirects of the API.</source>
        <translation>%1 上的 Harbor 将对 %2 的请求重定向到了 %3；Berth 不跟随 API 的重定向。</translation>
    </message>
</context>
<context>
    <name>berth::ImportDockerDialog</name>
    <message>
        <source>Import from Docker</source>
        <translation>从 Docker 导入</translation>
    </message>
    <message>
        <source>Registries found in %1. Berth saves their addresses and user names; passwords and tokens stay in Docker&apos;s configuration or credential helper and are read from there.</source>
        <translation>在 %1 中找到以下镜像仓库。Berth 只保存它们的地址和用户名；密码和令牌仍保存在 Docker 配置或凭据助手中，需要时从那里读取。</translation>
    </message>
    <message>
        <source>%1 (user %2)</source>
        <translation>%1（用户 %2）</translation>
    </message>
    <message>
        <source>[credential helper: %1]</source>
        <translation>[凭据助手：%1]</translation>
    </message>
    <message>
        <source>(already in Berth)</source>
        <translation>（已在 Berth 中）</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Docker&apos;s configuration names no registries.</source>
        <translation>Docker 配置中没有镜像仓库。</translation>
    </message>
    <message>
        <source>Every registry there is in Berth already.</source>
        <translation>其中的镜像仓库都已在 Berth 中。</translation>
    </message>
    <message numerus="yes">
        <source>%n registry(s) selected.</source>
        <translation>
            <numerusform>已选择 %n 个镜像仓库。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>berth::Job</name>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
</context>
<context>
    <name>berth::KeychainStore</name>
    <message>
        <source>The keychain did not answer within %1 seconds. Unlock it (a password prompt may be waiting) and try again.</source>
        <translation>密钥环在 %1 秒内没有响应。请解锁密钥环（可能有密码提示正在等待）后重试。</translation>
    </message>
    <message>
        <source>The keychain holds no password for %1 at %2.</source>
        <translation>密钥环中没有 %2 上 %1 的密码。</translation>
    </message>
    <message>
        <source>The keychain is locked or refused access. Unlock it and try again.</source>
        <translation>密钥环已锁定或拒绝访问。请解锁后重试。</translation>
    </message>
    <message>
        <source>No keychain service is available. Start one (GNOME Keyring, KeePassXC or KWallet with the Secret Service enabled) in your desktop session and try again; Berth never stores passwords in plain text.</source>
        <translation>没有可用的密钥环服务。请在桌面会话中启动一个（GNOME 密钥环、KeePassXC，或启用了 Secret Service 的 KWallet）后重试；Berth 从不以明文保存密码。</translation>
    </message>
    <message>
        <source>The keychain failed: %1</source>
        <translation>密钥环出错：%1</translation>
    </message>
</context>
<context>
    <name>berth::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
</context>
<context>
    <name>berth::ListJob</name>
    <message>
        <source>the catalog of %1</source>
        <translation>%1 的仓库目录</translation>
    </message>
    <message>
        <source>%1 sent a malformed list for %2.</source>
        <translation>%1 为 %2 发送了格式错误的列表。</translation>
    </message>
</context>
<context>
    <name>berth::MainWindow</name>
    <message>
        <source>%1 loaded.</source>
        <translation>已加载 %1。</translation>
    </message>
    <message>
        <source>About Berth</source>
        <translation>关于 Berth</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Berth %1&lt;/h3&gt;&lt;p&gt;A desktop client for container registries.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Berth %1&lt;/h3&gt;&lt;p&gt;容器镜像仓库桌面客户端。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Berth</source>
        <translation>Berth</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Registry</source>
        <translation>镜像仓库(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Transfers</source>
        <translation>传输(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Add Registry…</source>
        <translation>添加镜像仓库…</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>镜像仓库</translation>
    </message>
    <message>
        <source>Add a registry (Ctrl+N)</source>
        <translation>添加镜像仓库（Ctrl+N）</translation>
    </message>
    <message>
        <source>Edit Registry…</source>
        <translation>编辑镜像仓库…</translation>
    </message>
    <message>
        <source>Remove Registry</source>
        <translation>移除镜像仓库</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Reload the selected item from the registry (F5)</source>
        <translation>从镜像仓库重新加载所选项（F5）</translation>
    </message>
    <message>
        <source>Pull…</source>
        <translation>拉取…</translation>
    </message>
    <message>
        <source>Push…</source>
        <translation>推送…</translation>
    </message>
    <message>
        <source>Copy to…</source>
        <translation>复制到…</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Delete the selected tag or manifest (Del)</source>
        <translation>删除所选的标签或清单（Del）</translation>
    </message>
    <message>
        <source>Copy Reference</source>
        <translation>复制引用</translation>
    </message>
    <message>
        <source>Copy Digest</source>
        <translation>复制摘要</translation>
    </message>
    <message>
        <source>Copy Pull Command</source>
        <translation>复制拉取命令</translation>
    </message>
    <message>
        <source>Filter…</source>
        <translation>筛选…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;About Berth</source>
        <translation>关于 Berth(&amp;A)</translation>
    </message>
    <message>
        <source>Transfers Panel</source>
        <translation>传输面板</translation>
    </message>
    <message>
        <source>Filter by name (Ctrl+F)</source>
        <translation>按名称筛选（Ctrl+F）</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>传输</translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation>已复制：%1</translation>
    </message>
    <message>
        <source>The password for %1 could not be saved in the keychain: %2</source>
        <translation>无法将 %1 的密码保存到密钥环：%2</translation>
    </message>
    <message>
        <source>Remove %1 from Berth? Nothing is deleted on the registry; its saved password is removed from the keychain.</source>
        <translation>从 Berth 中移除 %1？镜像仓库上的内容不会被删除；已保存的密码会从密钥环中移除。</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>已删除 %1。</translation>
    </message>
    <message>
        <source>Pull the selected image to a folder or archive (Ctrl+P)</source>
        <translation>将所选镜像拉取到文件夹或归档文件（Ctrl+P）</translation>
    </message>
    <message>
        <source>Push an image from this computer to a registry (Ctrl+Shift+P)</source>
        <translation>将本机的镜像推送到镜像仓库（Ctrl+Shift+P）</translation>
    </message>
    <message>
        <source>Copy the selected image to another registry (Ctrl+T)</source>
        <translation>将所选镜像复制到另一个镜像仓库（Ctrl+T）</translation>
    </message>
    <message numerus="yes">
        <source>%n repositories listed.</source>
        <translation>
            <numerusform>已列出 %n 个仓库。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 does not list its repositories to you.</source>
        <translation>%1 不向你公开仓库列表。</translation>
    </message>
    <message>
        <source>Add Repository…</source>
        <translation>添加仓库…</translation>
    </message>
    <message>
        <source>Show a repository by name, for registries that do not list their repositories</source>
        <translation>按名称显示仓库，用于不列出仓库的镜像仓库</translation>
    </message>
    <message>
        <source>Stop listing repositories</source>
        <translation>停止列出仓库</translation>
    </message>
    <message>
        <source>Search all repositories (Enter): list every repository of the selected registry, or of all registries, so the filter sees them</source>
        <translation>搜索所有仓库（Enter）：列出所选镜像仓库（或所有镜像仓库）中的每个仓库，以便筛选能找到它们</translation>
    </message>
    <message>
        <source>Listing every repository (tags are not loaded)… Press the stop button in the filter box to stop.</source>
        <translation>正在列出所有仓库（不加载标签）… 按筛选框中的停止按钮可停止。</translation>
    </message>
    <message>
        <source>Select the registry to add a repository to.</source>
        <translation>请选择要添加仓库的镜像仓库。</translation>
    </message>
    <message>
        <source>Add Repository</source>
        <translation>添加仓库</translation>
    </message>
    <message>
        <source>Repository on %1 (for example library/nginx or team/web):</source>
        <translation>%1 上的仓库（例如 library/nginx 或 team/web）：</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a repository name: lower-case letters, digits and . _ - separated by /, such as team/web.</source>
        <translation>“%1”不是仓库名称：应由小写字母、数字和 . _ - 组成，以 / 分隔，例如 team/web。</translation>
    </message>
    <message>
        <source>Added %1 to %2.</source>
        <translation>已将 %1 添加到 %2。</translation>
    </message>
    <message>
        <source>Untag</source>
        <translation>移除标签</translation>
    </message>
    <message>
        <source>Remove this tag; the manifest and its other tags stay</source>
        <translation>移除此标签；清单及其其他标签保留</translation>
    </message>
    <message>
        <source>Add Tag…</source>
        <translation>添加标签…</translation>
    </message>
    <message>
        <source>Put this manifest under another tag as well (Ctrl+G)</source>
        <translation>为此清单再添加一个标签（Ctrl+G）</translation>
    </message>
    <message>
        <source>Delete Repository…</source>
        <translation>删除仓库…</translation>
    </message>
    <message>
        <source>Delete every manifest of the repository, listed first</source>
        <translation>删除仓库中的所有清单（会先列出）</translation>
    </message>
    <message>
        <source>Clean Up…</source>
        <translation>清理…</translation>
    </message>
    <message>
        <source>Delete old tags: keep the newest, the young, and what does not match</source>
        <translation>删除旧标签：保留最新的、最近创建的以及不匹配的标签</translation>
    </message>
    <message>
        <source>Delete Tags</source>
        <translation>删除标签</translation>
    </message>
    <message>
        <source>Select tags of one repository to delete them together.</source>
        <translation>请选择同一仓库中的标签以一并删除。</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n manifest(s) of %1.</source>
        <translation>
            <numerusform>已删除 %1 的 %n 个清单。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clean-up of %1: deleted %n manifest(s).</source>
        <translation>
            <numerusform>清理 %1：已删除 %n 个清单。</numerusform>
        </translation>
    </message>
    <message>
        <source>Tagged %1 as %2.</source>
        <translation>已为 %1 添加标签 %2。</translation>
    </message>
    <message>
        <source>Remove the tag %1:%2? The manifest stays in the repository, with its other tags.</source>
        <translation>移除标签 %1:%2？清单及其其他标签仍保留在仓库中。</translation>
    </message>
    <message>
        <source>Removing the tag %1…</source>
        <translation>正在移除标签 %1…</translation>
    </message>
    <message>
        <source>Untagged %1:%2.</source>
        <translation>已移除标签 %1:%2。</translation>
    </message>
    <message>
        <source>Untagged %1:%2. That was its only tag: the manifest stays, reachable by digest.</source>
        <translation>已移除标签 %1:%2。这是它唯一的标签：清单仍保留，可通过摘要访问。</translation>
    </message>
    <message>
        <source>Untagged %1:%2. The manifest keeps its other tags: %3</source>
        <translation>已移除标签 %1:%2。清单保留其他标签：%3</translation>
    </message>
    <message>
        <source>%1 is in the registry.</source>
        <translation>%1 已在镜像仓库中。</translation>
    </message>
    <message>
        <source>Quit Berth</source>
        <translation>退出 Berth</translation>
    </message>
    <message numerus="yes">
        <source>%n transfer(s) still running. Cancel them and quit? Nothing half-written is left behind.</source>
        <translation>
            <numerusform>还有 %n 个传输正在进行。要取消并退出吗？不会留下写了一半的文件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling transfers…</source>
        <translation>正在取消传输…</translation>
    </message>
    <message>
        <source>Import from Docker…</source>
        <translation>从 Docker 导入…</translation>
    </message>
    <message>
        <source>Add the registries of Docker&apos;s config.json</source>
        <translation>添加 Docker 的 config.json 中的镜像仓库</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n registry(s) from Docker&apos;s configuration.</source>
        <translation>
            <numerusform>已从 Docker 配置导入 %n 个镜像仓库。</numerusform>
        </translation>
    </message>
    <message>
        <source>New Project…</source>
        <translation>新建项目…</translation>
    </message>
    <message>
        <source>Project Details…</source>
        <translation>项目详情…</translation>
    </message>
    <message>
        <source>Delete Project…</source>
        <translation>删除项目…</translation>
    </message>
    <message>
        <source>Delete Artifact…</source>
        <translation>删除制品…</translation>
    </message>
    <message>
        <source>Delete Tag…</source>
        <translation>删除标签…</translation>
    </message>
    <message>
        <source>Scan for Vulnerabilities</source>
        <translation>漏洞扫描</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <source>Created the project %1.</source>
        <translation>已创建项目 %1。</translation>
    </message>
    <message>
        <source>Delete Project</source>
        <translation>删除项目</translation>
    </message>
    <message numerus="yes">
        <source>Delete the Harbor project %1? Harbor refuses while it holds repositories (%n now), replication rules or other things that use it; if so, you are told what blocks it.</source>
        <translation>
            <numerusform>删除 Harbor 项目 %1？只要项目中还有仓库（目前 %n 个）、复制规则或其他使用它的内容，Harbor 就会拒绝删除；届时会告诉你是什么阻止了删除。</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted the project %1.</source>
        <translation>已删除项目 %1。</translation>
    </message>
    <message>
        <source>Delete Repository</source>
        <translation>删除仓库</translation>
    </message>
    <message numerus="yes">
        <source>Delete the repository %1 with its %n artifacts and all their tags? This cannot be undone.</source>
        <translation>
            <numerusform>删除仓库 %1 及其中的 %n 个制品和它们的所有标签？此操作无法撤销。</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted the repository %1.</source>
        <translation>已删除仓库 %1。</translation>
    </message>
    <message>
        <source>the artifact %1</source>
        <translation>制品 %1</translation>
    </message>
    <message>
        <source>no tags (it is untagged)</source>
        <translation>没有标签（未打标签）</translation>
    </message>
    <message>
        <source>its tags: %1</source>
        <translation>其标签：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n accessories (signatures, SBOMs) attached to it</source>
        <translation>
            <numerusform>附加在它上面的 %n 个附件（签名、SBOM）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n platform manifests it references, unless other artifacts use them</source>
        <translation>
            <numerusform>它引用的 %n 个平台清单（除非其他制品也在使用）</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Artifact</source>
        <translation>删除制品</translation>
    </message>
    <message>
        <source>Delete from %1:
• %2</source>
        <translation>从 %1 中删除：
• %2</translation>
    </message>
    <message>
        <source>Deleted the artifact %1.</source>
        <translation>已删除制品 %1。</translation>
    </message>
    <message>
        <source>The artifact stays, untagged, reachable by its digest %1.</source>
        <translation>制品仍保留，没有标签，可通过摘要 %1 访问。</translation>
    </message>
    <message>
        <source>The artifact stays with its other tags: %1.</source>
        <translation>制品保留，还有其他标签：%1。</translation>
    </message>
    <message>
        <source>Delete Tag</source>
        <translation>删除标签</translation>
    </message>
    <message>
        <source>Remove the tag %1:%2?</source>
        <translation>移除标签 %1:%2？</translation>
    </message>
    <message>
        <source>Removed the tag %1.</source>
        <translation>已移除标签 %1。</translation>
    </message>
    <message>
        <source>Add Tag</source>
        <translation>添加标签</translation>
    </message>
    <message>
        <source>New tag for %1@%2:</source>
        <translation>%1@%2 的新标签：</translation>
    </message>
    <message>
        <source>%1 is not a valid tag: letters, digits, _ . - and at most 128 characters, not starting with . or -.</source>
        <translation>%1 不是有效的标签：只能包含字母、数字、_ . -，最多 128 个字符，且不能以 . 或 - 开头。</translation>
    </message>
    <message>
        <source>Asking Harbor to scan %1…</source>
        <translation>正在请求 Harbor 扫描 %1…</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>扫描</translation>
    </message>
    <message>
        <source>Harbor is scanning %1; the tree shows its status.</source>
        <translation>Harbor 正在扫描 %1；树中会显示扫描状态。</translation>
    </message>
    <message>
        <source>Stop Scan</source>
        <translation>停止扫描</translation>
    </message>
    <message>
        <source>Asked Harbor to stop scanning %1.</source>
        <translation>已请求 Harbor 停止扫描 %1。</translation>
    </message>
</context>
<context>
    <name>berth::ManifestJob</name>
    <message>
        <source>%1 answered for %2 with the digest %3.</source>
        <translation>%1 对 %2 返回的摘要为 %3。</translation>
    </message>
    <message>
        <source>%1 sent a manifest for %2@%3 whose content has the digest %4; it was not used.</source>
        <translation>%1 发送的 %2@%3 清单内容的摘要为 %4；已丢弃。</translation>
    </message>
    <message>
        <source>%1 announced the digest %2 for %3:%4 but sent content with the digest %5.</source>
        <translation>%1 声明 %3:%4 的摘要为 %2，但发送的内容摘要为 %5。</translation>
    </message>
    <message>
        <source>The manifest of %1:%2 cannot be used: %3</source>
        <translation>%1:%2 的清单无法使用：%3</translation>
    </message>
</context>
<context>
    <name>berth::ManifestTreeJob</name>
    <message>
        <source>%1:%2 is a schema 1 manifest, which Berth can show but not transfer.</source>
        <translation>%1:%2 是 schema 1 清单，Berth 可以显示但无法传输。</translation>
    </message>
    <message>
        <source>%1:%2 has no image for %3 (it has: %4).</source>
        <translation>%1:%2 中没有 %3 平台的镜像（现有平台：%4）。</translation>
    </message>
    <message>
        <source>%1:%2 nests an index inside an index; Berth does not transfer those.</source>
        <translation>%1:%2 在索引中嵌套了索引；Berth 不传输这类镜像。</translation>
    </message>
</context>
<context>
    <name>berth::MirrorSelection</name>
    <message>
        <source>The registry connection went away.</source>
        <translation>与镜像仓库的连接已断开。</translation>
    </message>
    <message>
        <source>%1 answered %2.</source>
        <translation>%1 返回了 %2。</translation>
    </message>
    <message>
        <source>Mirror %1 skipped: %2</source>
        <translation>已跳过镜像源 %1：%2</translation>
    </message>
</context>
<context>
    <name>berth::OverviewTab</name>
    <message>
        <source>Pull command:</source>
        <translation>拉取命令：</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy the pull command to the clipboard</source>
        <translation>将拉取命令复制到剪贴板</translation>
    </message>
</context>
<context>
    <name>berth::PullJob</name>
    <message>
        <source>%1 exists and is not an OCI image layout; choose a new or empty folder.</source>
        <translation>%1 已存在且不是 OCI 镜像布局；请选择一个新的或空的文件夹。</translation>
    </message>
    <message numerus="yes">
        <source>Pulling %1 (%n blob(s))</source>
        <translation>
            <numerusform>正在拉取 %1（%n 个 blob）</numerusform>
        </translation>
    </message>
    <message>
        <source>The manifest names an invalid digest &quot;%1&quot;.</source>
        <translation>清单中的摘要“%1”无效。</translation>
    </message>
    <message>
        <source>Docker manifests were written with OCI media types (digest %1).</source>
        <translation>Docker 清单已改用 OCI 媒体类型写入（摘要 %1）。</translation>
    </message>
    <message>
        <source>Could not move the pulled image into place at %1.</source>
        <translation>无法将拉取的镜像移动到 %1。</translation>
    </message>
    <message>
        <source>Only a single image can go into a docker-archive.</source>
        <translation>docker-archive 中只能放入一个镜像。</translation>
    </message>
    <message>
        <source>Writing %1</source>
        <translation>正在写入 %1</translation>
    </message>
    <message>
        <source>%1 is not a container image (its config is %2); a docker-archive holds images only. Pull it as an OCI layout instead.</source>
        <translation>%1 不是容器镜像（其配置为 %2）；docker-archive 只能存放镜像。请改为拉取为 OCI 布局。</translation>
    </message>
</context>
<context>
    <name>berth::PushJob</name>
    <message>
        <source>Pushing %1 to %2</source>
        <translation>正在将 %1 推送到 %2</translation>
    </message>
</context>
<context>
    <name>berth::ReferrersJob</name>
    <message>
        <source>&quot;%1&quot; is not a valid sha256 digest.</source>
        <translation>“%1”不是有效的 sha256 摘要。</translation>
    </message>
    <message>
        <source>the referrers of %1@%2</source>
        <translation>%1@%2 的关联制品</translation>
    </message>
    <message>
        <source>%1 sent a malformed list of the referrers of %2@%3: %4</source>
        <translation>%1 发送的 %2@%3 关联制品列表格式错误：%4</translation>
    </message>
    <message>
        <source>not an index</source>
        <translation>不是索引</translation>
    </message>
</context>
<context>
    <name>berth::ReferrersTab</name>
    <message>
        <source>Looking for signatures, SBOMs and other artifacts that refer to this manifest…</source>
        <translation>正在查找指向此清单的签名、SBOM 及其他制品…</translation>
    </message>
    <message>
        <source>The referrers could not be listed: %1</source>
        <translation>无法列出关联制品：%1</translation>
    </message>
    <message>
        <source>The registry has no referrers API; read from the tag %1.</source>
        <translation>镜像仓库没有 referrers API；已改从标签 %1 读取。</translation>
    </message>
    <message>
        <source>From the registry&apos;s referrers API.</source>
        <translation>来自镜像仓库的 referrers API。</translation>
    </message>
    <message>
        <source>No signatures, SBOMs or other artifacts refer to this manifest.</source>
        <translation>没有签名、SBOM 或其他制品指向此清单。</translation>
    </message>
    <message numerus="yes">
        <source>%n artifact(s) refer to this manifest.</source>
        <translation>
            <numerusform>有 %n 个制品指向此清单。</numerusform>
        </translation>
    </message>
    <message>
        <source>Artifact type</source>
        <translation>制品类型</translation>
    </message>
    <message>
        <source>Digest</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>注解</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
</context>
<context>
    <name>berth::RegistryClient</name>
    <message>
        <source>The TLS certificate of %1 is not trusted: %2. Give its CA certificate (--ca-file), or mark the registry insecure (--insecure) if you trust the network.</source>
        <translation>%1 的 TLS 证书不受信任：%2。请提供其 CA 证书（--ca-file）；如果信任所在网络，也可将该镜像仓库标记为不安全（--insecure）。</translation>
    </message>
    <message>
        <source>Could not connect to %1 over HTTPS or HTTP: %2</source>
        <translation>无法通过 HTTPS 或 HTTP 连接到 %1：%2</translation>
    </message>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation>无法连接到 %1：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid registry address.</source>
        <translation>“%1”不是有效的镜像仓库地址。</translation>
    </message>
    <message>
        <source>%1 answers, but not as Harbor (no /api/v2.0).</source>
        <translation>%1 有响应，但不是 Harbor（没有 /api/v2.0）。</translation>
    </message>
    <message>
        <source>%1 answers, but not as a container registry (no /v2/ API).</source>
        <translation>%1 有响应，但不是容器镜像仓库（没有 /v2/ API）。</translation>
    </message>
</context>
<context>
    <name>berth::RegistryDialog</name>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接 %1…</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>Connected to %1 (anonymously).</source>
        <translation>已连接到 %1（匿名）。</translation>
    </message>
    <message>
        <source>Connected to %1 as %2.</source>
        <translation>已以 %2 身份连接到 %1。</translation>
    </message>
    <message>
        <source>CA Certificate</source>
        <translation>CA 证书</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>证书 (*.pem *.crt *.cer);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Edit Registry</source>
        <translation>编辑镜像仓库</translation>
    </message>
    <message>
        <source>Add Registry</source>
        <translation>添加镜像仓库</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>Display &amp;name:</source>
        <translation>显示名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password or token:</source>
        <translation>密码或令牌(&amp;P)：</translation>
    </message>
    <message>
        <source>registry.example.com:5000</source>
        <translation>registry.example.com:5000</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>Empty for anonymous access</source>
        <translation>留空则匿名访问</translation>
    </message>
    <message>
        <source>Stored in the system keychain. Leave empty to keep the saved password.</source>
        <translation>保存在系统密钥环中。留空则保留已保存的密码。</translation>
    </message>
    <message>
        <source>Stored in the system keychain, never in Berth&apos;s settings.</source>
        <translation>保存在系统密钥环中，绝不写入 Berth 的设置。</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>&amp;Verify the certificate with the system&apos;s CAs</source>
        <translation>使用系统 CA 验证证书(&amp;V)</translation>
    </message>
    <message>
        <source>Verify with this &amp;CA file:</source>
        <translation>使用此 CA 文件验证(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Insecure: accept any certificate, allow plain HTTP</source>
        <translation>不安全(&amp;I)：接受任何证书，允许明文 HTTP</translation>
    </message>
    <message>
        <source>Warning: anyone on the network can read or change what goes to and from this registry, including your password. Use only for test registries.</source>
        <translation>警告：网络上的任何人都能读取或篡改与此镜像仓库往来的数据，包括你的密码。仅用于测试用的镜像仓库。</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Pro&amp;xy:</source>
        <translation>代理(&amp;X)：</translation>
    </message>
    <message>
        <source>Show &amp;Certificate…</source>
        <translation>查看证书(&amp;C)…</translation>
    </message>
    <message>
        <source>Empty: system proxy or HTTPS_PROXY; &quot;direct&quot; for none; http://host:port</source>
        <translation>留空：使用系统代理或 HTTPS_PROXY；“direct”表示不用代理；或 http://host:port</translation>
    </message>
    <message>
        <source>Client Certificate</source>
        <translation>客户端证书</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cert);;All files (*)</source>
        <translation>证书 (*.pem *.crt *.cert);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Client Key</source>
        <translation>客户端密钥</translation>
    </message>
    <message>
        <source>Keys (*.pem *.key);;All files (*)</source>
        <translation>密钥 (*.pem *.key);;所有文件 (*)</translation>
    </message>
    <message>
        <source>C&amp;lient certificate:</source>
        <translation>客户端证书(&amp;L)：</translation>
    </message>
    <message>
        <source>Client &amp;key:</source>
        <translation>客户端密钥(&amp;K)：</translation>
    </message>
    <message>
        <source>Only for registries that ask for one (mutual TLS)</source>
        <translation>仅用于要求客户端证书的镜像仓库（双向 TLS）</translation>
    </message>
    <message>
        <source>The certificate&apos;s private key (PEM)</source>
        <translation>证书的私钥（PEM）</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>类型(&amp;T)：</translation>
    </message>
    <message>
        <source>Detect (Harbor when its API answers)</source>
        <translation>自动检测（Harbor API 有响应时视为 Harbor）</translation>
    </message>
    <message>
        <source>Docker Registry (Distribution)</source>
        <translation>Docker 镜像仓库（Distribution）</translation>
    </message>
    <message>
        <source>Harbor (projects through its API)</source>
        <translation>Harbor（通过其 API 管理项目）</translation>
    </message>
</context>
<context>
    <name>berth::RegistryReply</name>
    <message>
        <source>The answer of %1 for %2 is larger than %3 bytes; refusing to read more.</source>
        <translation>%1 对 %2 的响应超过了 %3 字节；不再继续读取。</translation>
    </message>
    <message>
        <source>Connection to %1 failed while reading %2: %3</source>
        <translation>读取 %2 时与 %1 的连接失败：%3</translation>
    </message>
    <message>
        <source>%1 redirected without a location.</source>
        <translation>%1 返回了重定向，但没有给出地址。</translation>
    </message>
    <message>
        <source>%1 redirected from HTTPS to %2; Berth does not follow such redirects.</source>
        <translation>%1 从 HTTPS 重定向到了 %2；Berth 不跟随这类重定向。</translation>
    </message>
    <message>
        <source>Too many redirects from %1.</source>
        <translation>%1 的重定向次数过多。</translation>
    </message>
    <message>
        <source>%1 refused access to %2: the credentials lack the permission for this operation.</source>
        <translation>%1 拒绝访问 %2：凭据没有执行此操作的权限。</translation>
    </message>
    <message>
        <source>%1 requires authentication for %2; log in or give --username and --password-stdin.</source>
        <translation>%1 要求对 %2 进行身份验证；请登录，或提供 --username 和 --password-stdin。</translation>
    </message>
    <message>
        <source>Berth does not send credentials to %1 over plain HTTP.</source>
        <translation>Berth 不会通过明文 HTTP 向 %1 发送凭据。</translation>
    </message>
</context>
<context>
    <name>berth::RegistrySettings</name>
    <message>
        <source>Cannot read the saved registries %1: %2</source>
        <translation>无法读取已保存的镜像仓库 %1：%2</translation>
    </message>
    <message>
        <source>The saved registries %1 are damaged (%2). Fix or remove the file.</source>
        <translation>已保存的镜像仓库文件 %1 已损坏（%2）。请修正或删除该文件。</translation>
    </message>
    <message>
        <source>Cannot create the folder for %1.</source>
        <translation>无法为 %1 创建文件夹。</translation>
    </message>
    <message>
        <source>Cannot save the registries to %1: %2</source>
        <translation>无法将镜像仓库保存到 %1：%2</translation>
    </message>
</context>
<context>
    <name>berth::RegistryTreeModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (no tags)</source>
        <translation>%1（无标签）</translation>
    </message>
    <message>
        <source>%1 (index)</source>
        <translation>%1（索引）</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Every tag of %1 has been deleted. The registry still lists the repository; its space returns only after the registry&apos;s garbage collection runs.</source>
        <translation>%1 的所有标签都已删除。镜像仓库仍会列出该仓库；只有在镜像仓库运行垃圾回收后，空间才会释放。</translation>
    </message>
    <message>
        <source>%1
Press Refresh (F5) to try again.</source>
        <translation>%1
按“刷新”（F5）重试。</translation>
    </message>
    <message>
        <source>Registries</source>
        <translation>镜像仓库</translation>
    </message>
    <message>
        <source>%1 does not list its repositories to you. Add them by name: Registry &gt; Add Repository…</source>
        <translation>%1 不向你公开仓库列表。请按名称添加：镜像仓库 &gt; 添加仓库…</translation>
    </message>
    <message>
        <source>No tags. Space is reclaimed only after the registry&apos;s garbage collection.</source>
        <translation>没有标签。只有在镜像仓库运行垃圾回收后，空间才会释放。</translation>
    </message>
    <message numerus="yes">
        <source>Listing stopped after %n repositories. Refresh (F5) loads the rest.</source>
        <translation>
            <numerusform>列出 %n 个仓库后已停止。刷新（F5）可加载其余仓库。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
Insecure: certificates are not checked and plain HTTP is allowed; anyone on the network can read or change what goes to and from this registry.</source>
        <translation>%1
不安全：不检查证书并允许明文 HTTP；网络上的任何人都能读取或篡改与此镜像仓库往来的数据。</translation>
    </message>
    <message>
        <source>No repositories in this project.</source>
        <translation>此项目中没有仓库。</translation>
    </message>
    <message>
        <source>No artifacts. Harbor frees their space when its garbage collection runs.</source>
        <translation>没有制品。Harbor 运行垃圾回收后才会释放其空间。</translation>
    </message>
    <message>
        <source>proxy cache</source>
        <translation>代理缓存</translation>
    </message>
    <message>
        <source>public</source>
        <translation>公开</translation>
    </message>
    <message>
        <source>private</source>
        <translation>私有</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2, %n repositories)</source>
        <translation>
            <numerusform>%1（%2，%n 个仓库）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Harbor project %1</source>
        <translation>Harbor 项目 %1</translation>
    </message>
    <message>
        <source>Public: anyone may pull from it.</source>
        <translation>公开：任何人都可以从中拉取。</translation>
    </message>
    <message>
        <source>Private: only members may pull from it.</source>
        <translation>私有：只有成员可以从中拉取。</translation>
    </message>
    <message>
        <source>Proxy cache of registry endpoint %1.</source>
        <translation>镜像仓库端点 %1 的代理缓存。</translation>
    </message>
    <message>
        <source>Quota: %1 of %2 used</source>
        <translation>配额：已用 %1 / %2</translation>
    </message>
    <message>
        <source>Quota: %1 used, no limit</source>
        <translation>配额：已用 %1，无上限</translation>
    </message>
    <message>
        <source>%1 (no artifacts)</source>
        <translation>%1（无制品）</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n artifacts)</source>
        <translation>
            <numerusform>%1（%n 个制品）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pulled %n times</source>
        <translation>
            <numerusform>已拉取 %n 次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vulnerabilities</source>
        <translation>
            <numerusform>%n 个漏洞</numerusform>
        </translation>
    </message>
    <message>
        <source>no vulnerabilities</source>
        <translation>无漏洞</translation>
    </message>
    <message>
        <source>scan: %1</source>
        <translation>扫描：%1</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>已签名</translation>
    </message>
    <message>
        <source>SBOM</source>
        <translation>SBOM</translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation>%1  （%2）</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>类型：%1</translation>
    </message>
    <message>
        <source>Size: %1</source>
        <translation>大小：%1</translation>
    </message>
    <message>
        <source>Pushed: %1</source>
        <translation>推送时间：%1</translation>
    </message>
    <message>
        <source>No tags</source>
        <translation>无标签</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>标签：%1</translation>
    </message>
    <message>
        <source>Labels: %1</source>
        <translation>标记：%1</translation>
    </message>
    <message>
        <source>Not scanned</source>
        <translation>未扫描</translation>
    </message>
    <message>
        <source>Scan: %1 (%2%)</source>
        <translation>扫描：%1（%2%）</translation>
    </message>
    <message>
        <source>Vulnerabilities: %1 critical, %2 high, %3 medium, %4 low (%5 fixable); severity %6</source>
        <translation>漏洞：严重 %1 个，高危 %2 个，中危 %3 个，低危 %4 个（可修复 %5 个）；严重程度：%6</translation>
    </message>
    <message>
        <source>Accessory: %1 %2</source>
        <translation>附件：%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>Index of %n platforms</source>
        <translation>
            <numerusform>包含 %n 个平台的索引</numerusform>
        </translation>
    </message>
    <message>
        <source>untagged @%1</source>
        <translation>无标签 @%1</translation>
    </message>
</context>
<context>
    <name>berth::RetagDialog</name>
    <message>
        <source>A tag has at most 128 characters.</source>
        <translation>标签最多 128 个字符。</translation>
    </message>
    <message>
        <source>A tag cannot start with &quot;.&quot; or &quot;-&quot;.</source>
        <translation>标签不能以“.”或“-”开头。</translation>
    </message>
    <message>
        <source>A tag holds only letters, digits, &quot;_&quot;, &quot;.&quot; and &quot;-&quot;.</source>
        <translation>标签只能包含字母、数字、“_”、“.”和“-”。</translation>
    </message>
    <message>
        <source>Adding the tag…</source>
        <translation>正在添加标签…</translation>
    </message>
    <message>
        <source>Add Tag</source>
        <translation>添加标签</translation>
    </message>
    <message>
        <source>Put the manifest of %1 under another tag of %2. The manifest and its other tags stay as they are; an existing tag of that name is moved.</source>
        <translation>为 %1 的清单在 %2 中再添加一个标签。清单及其其他标签保持不变；若已有同名标签，会将其移到此清单上。</translation>
    </message>
    <message>
        <source>New &amp;tag:</source>
        <translation>新标签(&amp;T)：</translation>
    </message>
    <message>
        <source>e.g. 1.4.2, stable, release-2026-06</source>
        <translation>例如 1.4.2、stable、release-2026-06</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>berth::RetagJob</name>
    <message>
        <source>&quot;%1&quot; is not a valid tag (letters, digits, &quot;_&quot;, &quot;.&quot; and &quot;-&quot;, at most 128, not starting with &quot;.&quot; or &quot;-&quot;).</source>
        <translation>“%1”不是有效的标签（只能包含字母、数字、“_”、“.”和“-”，最多 128 个字符，且不能以“.”或“-”开头）。</translation>
    </message>
</context>
<context>
    <name>berth::TransferCopyDialog</name>
    <message>
        <source>Add the registry to copy to first.</source>
        <translation>请先添加要复制到的镜像仓库。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a repository name: lowercase letters, digits, and . _ - / between them.</source>
        <translation>“%1”不是仓库名称：应由小写字母和数字组成，中间可用 . _ - /。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a tag: up to 128 letters, digits, . _ -, not starting with . or -.</source>
        <translation>“%1”不是标签：最多 128 个字母、数字或 . _ -，且不能以 . 或 - 开头。</translation>
    </message>
    <message>
        <source>That is where the image already is: choose another registry, repository or tag.</source>
        <translation>镜像已经在那里了：请选择其他镜像仓库、仓库或标签。</translation>
    </message>
    <message>
        <source>Copy Image</source>
        <translation>复制镜像</translation>
    </message>
    <message>
        <source>Copy %1 to a registry. Blobs stream from registry to registry; digests stay the same.</source>
        <translation>将 %1 复制到镜像仓库。blob 直接在镜像仓库之间传输；摘要保持不变。</translation>
    </message>
    <message>
        <source>Re&amp;gistry:</source>
        <translation>镜像仓库(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Repository:</source>
        <translation>仓库(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>标签(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation>平台(&amp;P)：</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
</context>
<context>
    <name>berth::TransferModel</name>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <source>Pull %1 to %2</source>
        <translation>拉取 %1 到 %2</translation>
    </message>
    <message>
        <source>Push %1 to %2</source>
        <translation>推送 %1 到 %2</translation>
    </message>
    <message>
        <source>Copy %1 to %2</source>
        <translation>复制 %1 到 %2</translation>
    </message>
    <message>
        <source>Waiting for another transfer to finish…</source>
        <translation>正在等待另一个传输完成…</translation>
    </message>
    <message>
        <source>Reading the manifests…</source>
        <translation>正在读取清单…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/秒</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>剩余 %1</translation>
    </message>
    <message>
        <source>Done: %1 in %2</source>
        <translation>完成：%1，用时 %2</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>under 1 s</source>
        <translation>不到 1 秒</translation>
    </message>
</context>
<context>
    <name>berth::TransferPanel</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel the selected transfer (Del)</source>
        <translation>取消所选传输（Del）</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Run the selected transfer again</source>
        <translation>重新运行所选传输</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>Show the pulled image in the file manager</source>
        <translation>在文件管理器中显示拉取的镜像</translation>
    </message>
    <message>
        <source>Clear Finished</source>
        <translation>清除已结束项</translation>
    </message>
    <message>
        <source>Remove finished, failed and cancelled transfers from the list</source>
        <translation>从列表中移除已完成、失败和已取消的传输</translation>
    </message>
    <message>
        <source>No transfers. Pulls, pushes and copies will show here.</source>
        <translation>没有传输任务。拉取、推送和复制任务会显示在这里。</translation>
    </message>
</context>
<context>
    <name>berth::TransferPlatformBox</name>
    <message>
        <source>Reading the platforms…</source>
        <translation>正在读取平台…</translation>
    </message>
    <message>
        <source>The image has one platform</source>
        <translation>该镜像只有一个平台</translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation>所有平台</translation>
    </message>
    <message>
        <source>This computer&apos;s platform (%1)</source>
        <translation>本机平台（%1）</translation>
    </message>
    <message>
        <source>The platforms could not be read: %1</source>
        <translation>无法读取平台：%1</translation>
    </message>
</context>
<context>
    <name>berth::TransferPullDialog</name>
    <message>
        <source>Save Docker Archive</source>
        <translation>保存 Docker 归档</translation>
    </message>
    <message>
        <source>Tar archives (*.tar)</source>
        <translation>Tar 归档 (*.tar)</translation>
    </message>
    <message>
        <source>Folder for the OCI Image Layout</source>
        <translation>OCI 镜像布局的文件夹</translation>
    </message>
    <message>
        <source>Pull Image</source>
        <translation>拉取镜像</translation>
    </message>
    <message>
        <source>Pull %1 to a file on this computer.</source>
        <translation>将 %1 拉取到本机的文件中。</translation>
    </message>
    <message>
        <source>OCI image layout (folder)</source>
        <translation>OCI 镜像布局（文件夹）</translation>
    </message>
    <message>
        <source>Docker archive (.tar)</source>
        <translation>Docker 归档（.tar）</translation>
    </message>
    <message>
        <source>One image, as docker save writes it; docker load and skopeo read it.</source>
        <translation>单个镜像，格式与 docker save 写出的相同；docker load 和 skopeo 可读取。</translation>
    </message>
    <message>
        <source>Keeps a whole multi-platform index; skopeo, podman and containerd read it.</source>
        <translation>保留完整的多平台索引；skopeo、podman 和 containerd 可读取。</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>保存到(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation>平台(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Pull</source>
        <translation>拉取</translation>
    </message>
</context>
<context>
    <name>berth::TransferPushDialog</name>
    <message>
        <source>Choose an OCI image layout folder or a docker-archive file.</source>
        <translation>请选择 OCI 镜像布局文件夹或 docker-archive 文件。</translation>
    </message>
    <message>
        <source>Add the registry to push to first.</source>
        <translation>请先添加要推送到的镜像仓库。</translation>
    </message>
    <message>
        <source>Name the repository to push to.</source>
        <translation>请填写要推送到的仓库名称。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a repository name: lowercase letters, digits, and . _ - / between them.</source>
        <translation>“%1”不是仓库名称：应由小写字母和数字组成，中间可用 . _ - /。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a tag: up to 128 letters, digits, . _ -, not starting with . or -.</source>
        <translation>“%1”不是标签：最多 128 个字母、数字或 . _ -，且不能以 . 或 - 开头。</translation>
    </message>
    <message>
        <source>OCI Image Layout Folder</source>
        <translation>OCI 镜像布局文件夹</translation>
    </message>
    <message>
        <source>Docker Archive</source>
        <translation>Docker 归档</translation>
    </message>
    <message>
        <source>Tar archives (*.tar);;All files (*)</source>
        <translation>Tar 归档 (*.tar);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Push Image</source>
        <translation>推送镜像</translation>
    </message>
    <message>
        <source>Push %1 to %2. Name the repository and tag.</source>
        <translation>将 %1 推送到 %2。请填写仓库和标签。</translation>
    </message>
    <message>
        <source>Push an image from this computer to a registry.</source>
        <translation>将本机的镜像推送到镜像仓库。</translation>
    </message>
    <message>
        <source>&amp;Image:</source>
        <translation>镜像(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Folder…</source>
        <translation>文件夹(&amp;F)…</translation>
    </message>
    <message>
        <source>Fi&amp;le…</source>
        <translation>文件(&amp;L)…</translation>
    </message>
    <message>
        <source>An OCI image layout folder (FOLDER:TAG picks one of its images) or a docker-archive .tar.</source>
        <translation>OCI 镜像布局文件夹（用 FOLDER:TAG 选择其中一个镜像）或 docker-archive .tar 文件。</translation>
    </message>
    <message>
        <source>Re&amp;gistry:</source>
        <translation>镜像仓库(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Repository:</source>
        <translation>仓库(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>标签(&amp;T)：</translation>
    </message>
    <message>
        <source>Push</source>
        <translation>推送</translation>
    </message>
</context>
<context>
    <name>berth::TransferWorker</name>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
</context>
<context>
    <name>berth::UntagJob</name>
    <message>
        <source>%1 The tag %2 could not be put back on %3: %4</source>
        <translation>%1 无法将标签 %2 恢复到 %3 上：%4</translation>
    </message>
</context>
<context>
    <name>berth::cli::Cli</name>
    <message>
        <source>The option --%1 needs a value.</source>
        <translation>选项 --%1 需要一个值。</translation>
    </message>
    <message>
        <source>Unknown option &quot;%1&quot;.</source>
        <translation>未知选项“%1”。</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;; see berthctl --help.</source>
        <translation>未知命令“%1”；请参阅 berthctl --help。</translation>
    </message>
    <message>
        <source>Wrong number of arguments for &quot;%1&quot;; see berthctl --help.</source>
        <translation>“%1”的参数个数不对；请参阅 berthctl --help。</translation>
    </message>
    <message>
        <source>--password-stdin needs --username.</source>
        <translation>--password-stdin 需要同时给出 --username。</translation>
    </message>
    <message>
        <source>Could not read the password from standard input.</source>
        <translation>无法从标准输入读取密码。</translation>
    </message>
    <message>
        <source>--username needs --password-stdin (Berth never takes a password on the command line).</source>
        <translation>--username 需要同时给出 --password-stdin（Berth 从不在命令行上接收密码）。</translation>
    </message>
    <message>
        <source>berthctl: %1</source>
        <translation>berthctl：%1</translation>
    </message>
    <message>
        <source>[y/N]</source>
        <translation>[y/N]</translation>
    </message>
    <message>
        <source>y</source>
        <translation>y</translation>
    </message>
    <message>
        <source>login needs --username and --password-stdin.</source>
        <translation>login 需要 --username 和 --password-stdin。</translation>
    </message>
    <message>
        <source>No password was given on standard input.</source>
        <translation>标准输入中没有提供密码。</translation>
    </message>
    <message>
        <source>The credentials are correct but could not be stored: %1</source>
        <translation>凭据正确，但无法保存：%1</translation>
    </message>
    <message>
        <source>Logged in to %1 as %2; the password is in the keychain.</source>
        <translation>已以 %2 身份登录 %1；密码已保存在密钥环中。</translation>
    </message>
    <message>
        <source>Not logged in to %1.</source>
        <translation>尚未登录 %1。</translation>
    </message>
    <message>
        <source>Logged out of %1 (%2).</source>
        <translation>已从 %1 退出登录（%2）。</translation>
    </message>
    <message>
        <source>berthctl: nothing deleted: confirm with --yes (no terminal to ask).</source>
        <translation>berthctl：未删除任何内容：请用 --yes 确认（没有可用于询问的终端）。</translation>
    </message>
    <message>
        <source>Delete it?</source>
        <translation>确定删除吗？</translation>
    </message>
    <message>
        <source>Nothing deleted.</source>
        <translation>未删除任何内容。</translation>
    </message>
    <message>
        <source>Unknown harbor command &quot;%1&quot;; see berthctl --help.</source>
        <translation>未知的 harbor 命令“%1”；请参阅 berthctl --help。</translation>
    </message>
    <message>
        <source>Wrong number of arguments for &quot;harbor %1&quot;; see berthctl --help.</source>
        <translation>“harbor %1”的参数个数不对；请参阅 berthctl --help。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not PROJECT/REPOSITORY.</source>
        <translation>“%1”不是 PROJECT/REPOSITORY 的形式。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not %2.</source>
        <translation>“%1”不是 %2 的形式。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid tag.</source>
        <translation>“%1”不是有效的标签。</translation>
    </message>
    <message>
        <source>--storage-limit takes a number of bytes (or -1 for no limit).</source>
        <translation>--storage-limit 的值是字节数（-1 表示不限制）。</translation>
    </message>
    <message>
        <source>project %1</source>
        <translation>项目 %1</translation>
    </message>
    <message>
        <source>repository %1 and every artifact in it</source>
        <translation>仓库 %1 及其中的所有制品</translation>
    </message>
    <message>
        <source>tag %1 (the artifact stays)</source>
        <translation>标签 %1（制品保留）</translation>
    </message>
    <message>
        <source>Created project %1.</source>
        <translation>已创建项目 %1。</translation>
    </message>
    <message>
        <source>Tagged %1 as %2.</source>
        <translation>已为 %1 添加标签 %2。</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>已删除 %1。</translation>
    </message>
    <message>
        <source>Harbor at %1 did not name the digest of %2/%3.</source>
        <translation>%1 上的 Harbor 没有给出 %2/%3 的摘要。</translation>
    </message>
    <message>
        <source>artifact %1@%2</source>
        <translation>制品 %1@%2</translation>
    </message>
    <message>
        <source>tag %1:%2</source>
        <translation>标签 %1:%2</translation>
    </message>
    <message>
        <source>Deleted %1@%2.</source>
        <translation>已删除 %1@%2。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a platform (OS/ARCH[/VARIANT]).</source>
        <translation>“%1”不是平台（OS/ARCH[/VARIANT]）。</translation>
    </message>
    <message>
        <source>%1 has no image config.</source>
        <translation>%1 没有镜像配置。</translation>
    </message>
    <message>
        <source>%1 has no image for the platform %2.</source>
        <translation>%1 中没有 %2 平台的镜像。</translation>
    </message>
    <message>
        <source>manifest %1</source>
        <translation>清单 %1</translation>
    </message>
    <message>
        <source>Delete this manifest?</source>
        <translation>删除此清单吗？</translation>
    </message>
    <message numerus="yes">
        <source>Delete this manifest and its %n tag(s)?</source>
        <translation>
            <numerusform>删除此清单及其 %n 个标签吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>--all-platforms does not apply here.</source>
        <translation>--all-platforms 不适用于此处。</translation>
    </message>
    <message>
        <source>Give either --platform or --all-platforms, not both.</source>
        <translation>--platform 和 --all-platforms 只能给出其中一个。</translation>
    </message>
    <message>
        <source>--format is oci or docker-archive, not &quot;%1&quot;.</source>
        <translation>--format 只能是 oci 或 docker-archive，而不是“%1”。</translation>
    </message>
    <message>
        <source>pull %1</source>
        <translation>拉取 %1</translation>
    </message>
    <message>
        <source>push %1</source>
        <translation>推送 %1</translation>
    </message>
    <message>
        <source>copy %1</source>
        <translation>复制 %1</translation>
    </message>
    <message>
        <source>berthctl: ignoring the registry mirror &quot;%1&quot;: not a registry address.</source>
        <translation>berthctl：忽略镜像仓库的镜像源“%1”：它不是镜像仓库地址。</translation>
    </message>
    <message>
        <source>untag needs a tag (REPOSITORY:TAG), not a digest; to delete a manifest use delete.</source>
        <translation>untag 需要标签（REPOSITORY:TAG），而不是摘要；要删除清单请用 delete。</translation>
    </message>
    <message>
        <source>Untagged %1.</source>
        <translation>已移除标签 %1。</translation>
    </message>
    <message>
        <source>The manifest %1 stays.</source>
        <translation>清单 %1 保留。</translation>
    </message>
    <message>
        <source>That was its only tag: the manifest %1 stays, reachable by digest only.</source>
        <translation>这是它唯一的标签：清单 %1 仍保留，只能通过摘要访问。</translation>
    </message>
    <message numerus="yes">
        <source>The manifest %1 stays with its other %n tag(s): %2</source>
        <translation>
            <numerusform>清单 %1 保留，还有另外 %n 个标签：%2</numerusform>
        </translation>
    </message>
    <message>
        <source>--%1 needs a whole number of 0 or more.</source>
        <translation>--%1 需要一个大于或等于 0 的整数。</translation>
    </message>
    <message>
        <source>cleanup needs --keep N or --older-than DAYS (or both).</source>
        <translation>cleanup 需要 --keep N 或 --older-than DAYS（或两者都给出）。</translation>
    </message>
    <message>
        <source>--order is date or version.</source>
        <translation>--order 只能是 date 或 version。</translation>
    </message>
    <message>
        <source>Nothing to delete.</source>
        <translation>没有要删除的内容。</translation>
    </message>
    <message>
        <source>Dry run: nothing deleted.</source>
        <translation>试运行：未删除任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n manifest(s)?</source>
        <translation>
            <numerusform>删除 %n 个清单吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleting: %1 of %2</source>
        <translation>正在删除：%1 / %2</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n manifest(s).</source>
        <translation>
            <numerusform>已删除 %n 个清单。</numerusform>
        </translation>
    </message>
    <message>
        <source>delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Usage: berthctl [OPTIONS] COMMAND [ARGUMENTS]

A command-line client for container registries (Docker Distribution and Harbor).

Global options:
  --insecure              let the named registries fall back to unverified TLS and plain HTTP
                          (loopback registries always may, as in Docker)
  --ca-file FILE          also trust the CA certificates in FILE (PEM)
  --cert FILE --key FILE  client certificate and key (PEM) for mutual TLS
                          (default: /etc/docker/certs.d/REGISTRY/client.cert and client.key)
  --proxy URL             proxy for this call: http://HOST:PORT, socks5://HOST:PORT or direct
                          (default: HTTPS_PROXY/HTTP_PROXY/NO_PROXY, or the registry&apos;s saved proxy)
  --registry-mirror URL   Docker Hub mirror tried before docker.io for reads (repeatable)
  --username U            user name for this call (with --password-stdin)
  --password-stdin        read the password or token from standard input
  --config-dir DIR        configuration folder (default: BERTH_CONFIG_DIR or the user&apos;s config folder)
  --json                  print listings as JSON
  --timeout SECONDS       give up a request after this long without progress (default 30)
  -v, --verbose           log requests to standard error (never secrets)
  -h, --help              show this help
  --version               show the version

Commands:
  login REGISTRY --username U --password-stdin
                          check the credentials and store them in the OS keychain
  logout REGISTRY         remove the stored credentials
  catalog REGISTRY        repositories, one per line
  ls REPOSITORY           tags, one per line, in natural order
  manifest REFERENCE      the manifest&apos;s exact bytes
  digest REFERENCE        the manifest&apos;s digest (sha256:...)
  config REFERENCE [--platform OS/ARCH[/VARIANT]]
                          the image config JSON (of the host&apos;s platform for an index)
  delete REFERENCE [--yes]
                          delete a manifest by digest; a tag is resolved first and every tag
                          that goes with the digest is named. Without a terminal and without
                          --yes, prints what would go and exits 2
  untag REFERENCE         remove one tag, keep the other tags of its digest
  tag REFERENCE NEW_TAG   put the same manifest under another tag
  cleanup REPOSITORY --keep N [--older-than DAYS] [--order date|version]
       [--match GLOB | --regex REGEX] [--dry-run] [--yes]
                          delete old tags: keeps the newest N (by the image&apos;s created date or
                          version order) and those younger than DAYS; only tags matching the
                          pattern are candidates; a tag sharing its manifest with a kept tag
                          stays. Prints every tag with delete or keep and why
  pull REFERENCE PATH [--format oci|docker-archive] [--platform OS/ARCH[/VARIANT] | --all-platforms]
                          default oci; an OCI layout keeps a whole index, a docker-archive
                          holds the host&apos;s platform
  push PATH REFERENCE     PATH: an OCI layout (DIR or DIR:TAG) or a docker-archive tar
  copy SRC_REFERENCE DST_REFERENCE [--platform OS/ARCH[/VARIANT]]
                          registry to registry, the whole index by default
  sync SRC_REGISTRY[/PREFIX] DST_REGISTRY[/PREFIX] [--include GLOB] [--exclude GLOB]
       [--tags REGEX] [--all-platforms] [--dry-run]
                          copy matching repositories and tags to another registry
  harbor ...              Harbor projects, repositories, artifacts, replication
  harbor projects REGISTRY            projects: name, public/private, repository count
  harbor repos REGISTRY PROJECT       repositories of a project: name, artifact count
  harbor artifacts REGISTRY PROJECT/REPO
                          artifacts: digest, tags (- for none), size in bytes
  harbor project-create REGISTRY NAME [--public] [--storage-limit BYTES]
  harbor project-delete REGISTRY NAME [--yes]
                          refused while the project holds repositories
  harbor repo-delete REGISTRY PROJECT/REPO [--yes]
  harbor artifact-delete REGISTRY PROJECT/REPO@DIGEST|PROJECT/REPO:TAG [--yes]
                          deletes the artifact and every tag on it
  harbor tag-add REGISTRY PROJECT/REPO@DIGEST TAG
  harbor tag-delete REGISTRY PROJECT/REPO:TAG [--yes]
                          removes one tag; the artifact stays
  harbor summary REGISTRY PROJECT     repositories, storage used and limit (bytes), members
  harbor scan REGISTRY PROJECT/REPO@DIGEST|PROJECT/REPO:TAG
                          starts a vulnerability scan; artifacts shows no result until it ends

REGISTRY is host[:port]; REPOSITORY and REFERENCE follow the Docker reference grammar
(host[:port]/name[:tag|@sha256:...]); a REFERENCE without tag or digest means :latest.

Credentials: --username/--password-stdin for one call; otherwise the keychain entry saved by
login or the Berth application; otherwise Docker&apos;s config.json and credential helpers;
otherwise anonymous.

Exit codes: 0 done, 1 failed, 2 usage (or confirmation needed), 3 authentication or
permission refused, 4 not found.
</source>
        <translation>用法：berthctl [OPTIONS] COMMAND [ARGUMENTS]

容器镜像仓库命令行客户端（Docker Distribution 和 Harbor）。

全局选项：
  --insecure              允许指定的镜像仓库退回到未经验证的 TLS 和明文 HTTP
                          （与 Docker 一样，环回地址上的镜像仓库始终允许）
  --ca-file FILE          额外信任 FILE 中的 CA 证书（PEM 格式）
  --cert FILE --key FILE  双向 TLS 使用的客户端证书和私钥（PEM 格式）
                          （默认：/etc/docker/certs.d/REGISTRY/client.cert 和 client.key）
  --proxy URL             本次调用使用的代理：http://HOST:PORT、socks5://HOST:PORT 或 direct（直连）
                          （默认：HTTPS_PROXY/HTTP_PROXY/NO_PROXY，或该镜像仓库保存的代理）
  --registry-mirror URL   读取时先于 docker.io 尝试的 Docker Hub 镜像源（可重复给出）
  --username U            本次调用使用的用户名（与 --password-stdin 一起使用）
  --password-stdin        从标准输入读取密码或令牌
  --config-dir DIR        配置文件夹（默认：BERTH_CONFIG_DIR 或用户的配置文件夹）
  --json                  以 JSON 格式输出列表
  --timeout SECONDS       请求在这么长时间内没有进展即放弃（默认 30 秒）
  -v, --verbose           将请求记录到标准错误（绝不记录机密信息）
  -h, --help              显示本帮助
  --version               显示版本

命令：
  login REGISTRY --username U --password-stdin
                          检查凭据并保存到系统密钥环
  logout REGISTRY         删除已保存的凭据
  catalog REGISTRY        列出仓库，每行一个
  ls REPOSITORY           列出标签，每行一个，按自然顺序排列
  manifest REFERENCE      清单的原始字节
  digest REFERENCE        清单的摘要（sha256:...）
  config REFERENCE [--platform OS/ARCH[/VARIANT]]
                          镜像配置 JSON（若为索引，取本机平台的镜像）
  delete REFERENCE [--yes]
                          按摘要删除清单；若给出的是标签，先解析出摘要，并列出指向
                          该摘要的所有标签。没有终端且未给出 --yes 时，只列出将被
                          删除的内容并以退出码 2 退出
  untag REFERENCE         删除一个标签，保留同一摘要上的其他标签
  tag REFERENCE NEW_TAG   为同一清单添加另一个标签
  cleanup REPOSITORY --keep N [--older-than DAYS] [--order date|version]
       [--match GLOB | --regex REGEX] [--dry-run] [--yes]
                          删除旧标签：保留最新的 N 个（按镜像的创建日期或版本顺序）
                          以及创建不超过 DAYS 天的标签；只有与模式匹配的标签才会被
                          考虑；与保留的标签共用同一清单的标签也会保留。列出每个标签
                          的处理结果（删除或保留）及原因
  pull REFERENCE PATH [--format oci|docker-archive] [--platform OS/ARCH[/VARIANT] | --all-platforms]
                          拉取镜像，默认存为 oci；OCI 布局保留整个索引，
                          docker-archive 只包含本机平台的镜像
  push PATH REFERENCE     推送镜像；PATH 为 OCI 布局（DIR 或 DIR:TAG）或 docker-archive tar 文件
  copy SRC_REFERENCE DST_REFERENCE [--platform OS/ARCH[/VARIANT]]
                          从镜像仓库复制到镜像仓库，默认复制整个索引
  sync SRC_REGISTRY[/PREFIX] DST_REGISTRY[/PREFIX] [--include GLOB] [--exclude GLOB]
       [--tags REGEX] [--all-platforms] [--dry-run]
                          将匹配的仓库和标签复制到另一个镜像仓库
  harbor ...              Harbor 项目、仓库、制品、复制
  harbor projects REGISTRY            项目：名称、公开/私有、仓库数
  harbor repos REGISTRY PROJECT       项目中的仓库：名称、制品数
  harbor artifacts REGISTRY PROJECT/REPO
                          制品：摘要、标签（无标签时为 -）、大小（字节）
  harbor project-create REGISTRY NAME [--public] [--storage-limit BYTES]
  harbor project-delete REGISTRY NAME [--yes]
                          项目中还有仓库时会被拒绝
  harbor repo-delete REGISTRY PROJECT/REPO [--yes]
  harbor artifact-delete REGISTRY PROJECT/REPO@DIGEST|PROJECT/REPO:TAG [--yes]
                          删除制品及其上的所有标签
  harbor tag-add REGISTRY PROJECT/REPO@DIGEST TAG
  harbor tag-delete REGISTRY PROJECT/REPO:TAG [--yes]
                          删除一个标签；制品保留
  harbor summary REGISTRY PROJECT     仓库数、已用存储与上限（字节）、成员
  harbor scan REGISTRY PROJECT/REPO@DIGEST|PROJECT/REPO:TAG
                          开始漏洞扫描；扫描结束前 artifacts 不显示结果

REGISTRY 为 host[:port]；REPOSITORY 和 REFERENCE 遵循 Docker 引用语法
（host[:port]/name[:tag|@sha256:...]）；没有标签或摘要的 REFERENCE 表示 :latest。

凭据：--username/--password-stdin 只用于本次调用；否则使用 login 或 Berth 应用程序
保存在密钥环中的条目；再否则使用 Docker 的 config.json 和凭据助手；
最后以匿名身份访问。

退出码：0 完成，1 失败，2 用法错误（或需要确认），3 身份验证或权限被拒绝，
4 未找到。
</translation>
    </message>
    <message>
        <source>Harbor is scanning %1; `berthctl harbor artifacts` shows the result.</source>
        <translation>Harbor 正在扫描 %1；用 `berthctl harbor artifacts` 查看制品的扫描结果。</translation>
    </message>
    <message numerus="yes">
        <source>%n blob(s) moved, %1 already there, %2 in %3 s</source>
        <translation>
            <numerusform>传输了 %n 个 blob，%1 个已存在，共 %2，用时 %3 秒</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop client for container registries.</source>
        <translation>容器镜像仓库桌面客户端。</translation>
    </message>
    <message>
        <source>Keep settings in DIR (default: $BERTH_CONFIG_DIR, then the user&apos;s config folder).</source>
        <translation>将设置保存在 DIR 中（默认：$BERTH_CONFIG_DIR，其次是用户的配置文件夹）。</translation>
    </message>
    <message>
        <source>Registries (host[:port]) to open for this run.</source>
        <translation>本次运行要打开的镜像仓库（host[:port]）。</translation>
    </message>
</context>
</TS>
