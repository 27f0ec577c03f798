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
    <name>HarborAdminCommands</name>
    <message>
        <source>Wrong number of arguments for &quot;harbor %1&quot;; see berthctl --help.</source>
        <translation>“harbor %1”的参数个数不对；请参阅 berthctl --help。</translation>
    </message>
    <message>
        <source>Harbor at %1 did not give the project&apos;s id.</source>
        <translation>%1 上的 Harbor 没有返回项目的 ID。</translation>
    </message>
    <message>
        <source>--role takes admin, maintainer, developer, guest or limited-guest.</source>
        <translation>--role 可取 admin、maintainer、developer、guest 或 limited-guest。</translation>
    </message>
    <message>
        <source>Added %1 to project %2 as %3.</source>
        <translation>已将 %1 添加到项目 %2，角色为 %3。</translation>
    </message>
    <message>
        <source>%1 is not a member of project %2.</source>
        <translation>%1 不是项目 %2 的成员。</translation>
    </message>
    <message>
        <source>Removed %1 from project %2.</source>
        <translation>已将 %1 从项目 %2 中移除。</translation>
    </message>
    <message>
        <source>--access takes pull, push and delete, comma-separated.</source>
        <translation>--access 可取 pull（拉取）、push（推送）和 delete（删除），以逗号分隔。</translation>
    </message>
    <message>
        <source>--days takes a number of days (or -1 for never).</source>
        <translation>--days 需要一个天数（-1 表示永不过期）。</translation>
    </message>
    <message>
        <source>Harbor did not send the secret of %1.</source>
        <translation>Harbor 没有返回 %1 的密钥。</translation>
    </message>
    <message>
        <source>Created robot account %1; its secret is shown only this once.</source>
        <translation>已创建机器人账户 %1；其密钥仅显示这一次。</translation>
    </message>
    <message>
        <source>There is no robot account %1 on %2.</source>
        <translation>%2 上没有机器人账户 %1。</translation>
    </message>
    <message>
        <source>robot account %1 (its secret stops working)</source>
        <translation>机器人账户 %1（其密钥将失效）</translation>
    </message>
    <message>
        <source>Deleted robot account %1.</source>
        <translation>已删除机器人账户 %1。</translation>
    </message>
    <message>
        <source>--dry-run and --delete-untagged go with --run.</source>
        <translation>--dry-run 和 --delete-untagged 需与 --run 一起使用。</translation>
    </message>
    <message>
        <source>Started garbage collection %1; &quot;berthctl harbor gc-history&quot; shows how it went.</source>
        <translation>已启动垃圾回收 %1；可用“berthctl harbor gc-history”查看其结果。</translation>
    </message>
    <message>
        <source>--since takes a date (YYYY-MM-DD) or an RFC 3339 time.</source>
        <translation>--since 需要一个日期（YYYY-MM-DD）或 RFC 3339 时间。</translation>
    </message>
    <message>
        <source>BYTES is a number of bytes (or none for no limit).</source>
        <translation>BYTES 为字节数（none 表示不限制）。</translation>
    </message>
    <message>
        <source>Harbor has no quota for project %1.</source>
        <translation>Harbor 中没有项目 %1 的配额。</translation>
    </message>
    <message>
        <source>Project %1 has no storage limit now.</source>
        <translation>项目 %1 现在没有存储上限。</translation>
    </message>
    <message>
        <source>Project %1 may now hold %2 bytes.</source>
        <translation>项目 %1 现在最多可存储 %2 字节。</translation>
    </message>
</context>
<context>
    <name>HarborCron</name>
    <message numerus="yes">
        <source>The schedule &quot;%1&quot; has %n field(s); Harbor&apos;s cron has 6: second, minute, hour, day of month, month and day of week (e.g. &quot;0 0 2 * * *&quot;).</source>
        <translation>
            <numerusform>计划“%1”有 %n 个字段；Harbor 的 cron 有 6 个字段：秒、分钟、小时、日、月和星期（例如“0 0 2 * * *”）。</numerusform>
        </translation>
    </message>
    <message>
        <source>second</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>minute</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>day of month</source>
        <translation>日</translation>
    </message>
    <message>
        <source>month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>day of week</source>
        <translation>星期</translation>
    </message>
    <message>
        <source>The %1 field &quot;%2&quot; of the schedule &quot;%3&quot; is not valid: use *, a number from %4 to %5, a range a-b, a list a,b or a step */n.</source>
        <translation>计划“%3”中的%1字段“%2”无效：请使用 *、%4 到 %5 之间的数字、范围 a-b、列表 a,b 或步长 */n。</translation>
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
    <name>HarborReplicationPolicy</name>
    <message>
        <source>A replication rule needs a name.</source>
        <translation>复制规则需要一个名称。</translation>
    </message>
    <message>
        <source>A replication rule either pushes to an endpoint or pulls from one: choose exactly one.</source>
        <translation>复制规则要么推送到端点，要么从端点拉取：请恰好选择其中一种。</translation>
    </message>
    <message>
        <source>The endpoint of the replication rule is not valid.</source>
        <translation>复制规则的端点无效。</translation>
    </message>
    <message>
        <source>Event-based replication works only when pushing to an endpoint.</source>
        <translation>基于事件的复制仅在推送到端点时可用。</translation>
    </message>
    <message>
        <source>A scheduled replication rule needs a cron schedule.</source>
        <translation>定时的复制规则需要一个 cron 计划。</translation>
    </message>
    <message>
        <source>The flattening level must be -1 (all levels), 0 (none), 1, 2 or 3.</source>
        <translation>扁平化层级必须为 -1（所有层级）、0（不扁平化）、1、2 或 3。</translation>
    </message>
    <message>
        <source>The destination namespace &quot;%1&quot; is not valid.</source>
        <translation>目标命名空间“%1”无效。</translation>
    </message>
    <message>
        <source>The resource filter must be image or artifact.</source>
        <translation>资源过滤器必须为镜像或制品。</translation>
    </message>
</context>
<context>
    <name>HarborRoles</name>
    <message>
        <source>Project Admin</source>
        <translation>项目管理员</translation>
    </message>
    <message>
        <source>Maintainer</source>
        <translation>维护人员</translation>
    </message>
    <message>
        <source>Developer</source>
        <translation>开发者</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>访客</translation>
    </message>
    <message>
        <source>Limited Guest</source>
        <translation>受限访客</translation>
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
    <name>SyncEndpoint</name>
    <message>
        <source>&quot;%1&quot; is not a repository path (lowercase letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos; and &apos;/&apos; between names).</source>
        <translation>“%1”不是有效的仓库路径（只能使用小写字母、数字，名称之间可用 &apos;.&apos;、&apos;_&apos;、&apos;-&apos; 和 &apos;/&apos;）。</translation>
    </message>
</context>
<context>
    <name>SyncRules</name>
    <message>
        <source>Choose a source and a destination registry.</source>
        <translation>请选择源镜像仓库和目标镜像仓库。</translation>
    </message>
    <message>
        <source>The source and the destination are the same (%1).</source>
        <translation>源和目标相同（%1）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a usable glob.</source>
        <translation>“%1”不是可用的通配符模式。</translation>
    </message>
    <message>
        <source>The tag pattern &quot;%1&quot; is not a regular expression: %2.</source>
        <translation>标签模式“%1”不是正则表达式：%2。</translation>
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
    <name>berth::HarborAddMemberDialog</name>
    <message>
        <source>&amp;User</source>
        <translation>用户(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translation>组(&amp;G)</translation>
    </message>
    <message>
        <source>Add Member</source>
        <translation>添加成员</translation>
    </message>
    <message>
        <source>Name in Harbor or in LDAP</source>
        <translation>Harbor 或 LDAP 中的名称</translation>
    </message>
    <message>
        <source>Name of a Harbor user</source>
        <translation>Harbor 用户的名称</translation>
    </message>
    <message>
        <source>Add a:</source>
        <translation>添加：</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>查找(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>LDAP, imported when added</source>
        <translation>LDAP，添加时导入</translation>
    </message>
    <message>
        <source>Nothing found by that name.</source>
        <translation>没有找到该名称。</translation>
    </message>
</context>
<context>
    <name>berth::HarborAdmin</name>
    <message>
        <source>project %1</source>
        <translation>项目 %1</translation>
    </message>
    <message>
        <source>the members of the project</source>
        <translation>项目成员</translation>
    </message>
    <message>
        <source>member %1</source>
        <translation>成员 %1</translation>
    </message>
    <message>
        <source>the member&apos;s role</source>
        <translation>成员的角色</translation>
    </message>
    <message>
        <source>the member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>users named like %1</source>
        <translation>名称类似 %1 的用户</translation>
    </message>
    <message>
        <source>LDAP users named like %1</source>
        <translation>名称类似 %1 的 LDAP 用户</translation>
    </message>
    <message>
        <source>LDAP groups named like %1</source>
        <translation>名称类似 %1 的 LDAP 组</translation>
    </message>
    <message>
        <source>the user groups</source>
        <translation>用户组</translation>
    </message>
    <message>
        <source>your permissions</source>
        <translation>你的权限</translation>
    </message>
    <message>
        <source>the system robot accounts</source>
        <translation>系统机器人账户</translation>
    </message>
    <message>
        <source>the robot account</source>
        <translation>机器人账户</translation>
    </message>
    <message>
        <source>robot account %1</source>
        <translation>机器人账户 %1</translation>
    </message>
    <message>
        <source>the robot account&apos;s secret</source>
        <translation>机器人账户的密钥</translation>
    </message>
    <message>
        <source>the garbage collection schedule</source>
        <translation>垃圾回收计划</translation>
    </message>
    <message>
        <source>garbage collection</source>
        <translation>垃圾回收</translation>
    </message>
    <message>
        <source>the garbage collection history</source>
        <translation>垃圾回收历史</translation>
    </message>
    <message>
        <source>garbage collection %1</source>
        <translation>垃圾回收 %1</translation>
    </message>
    <message>
        <source>the log of garbage collection %1</source>
        <translation>垃圾回收 %1 的日志</translation>
    </message>
    <message>
        <source>This registry is not a Harbor: deleting tags and manifests does not free disk space by itself. The space is reclaimed only by the registry&apos;s own garbage collector, run on the server after the deletes: &quot;registry garbage-collect /etc/docker/registry/config.yml&quot; (&quot;docker-registry garbage-collect&quot; on Debian), best with the registry stopped or read-only.</source>
        <translation>此镜像仓库不是 Harbor：删除标签和清单本身并不会释放磁盘空间。只有在删除之后，在服务器上运行镜像仓库自带的垃圾回收程序，才能回收空间：“registry garbage-collect /etc/docker/registry/config.yml”（Debian 上为“docker-registry garbage-collect”），最好在镜像仓库停止或处于只读状态时运行。</translation>
    </message>
    <message>
        <source>the retention rule templates</source>
        <translation>保留规则模板</translation>
    </message>
    <message>
        <source>the retention policy</source>
        <translation>保留策略</translation>
    </message>
    <message>
        <source>a retention run</source>
        <translation>一次保留任务</translation>
    </message>
    <message>
        <source>the retention run</source>
        <translation>保留任务</translation>
    </message>
    <message>
        <source>the retention runs</source>
        <translation>保留任务列表</translation>
    </message>
    <message>
        <source>the repositories of the retention run</source>
        <translation>保留任务涉及的仓库</translation>
    </message>
    <message>
        <source>the immutability rules</source>
        <translation>不可变标签规则</translation>
    </message>
    <message>
        <source>the immutability rule</source>
        <translation>不可变标签规则</translation>
    </message>
    <message>
        <source>the audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>the quotas</source>
        <translation>配额</translation>
    </message>
    <message>
        <source>the project&apos;s quota</source>
        <translation>项目的配额</translation>
    </message>
    <message>
        <source>the quota</source>
        <translation>配额</translation>
    </message>
    <message>
        <source>the audit log of project %1</source>
        <translation>项目 %1 的审计日志</translation>
    </message>
    <message>
        <source>the audit event types</source>
        <translation>审计事件类型</translation>
    </message>
</context>
<context>
    <name>berth::HarborAuditDialog</name>
    <message>
        <source>&amp;From:</source>
        <translation>从(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>到(&amp;T)：</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Resource type</source>
        <translation>资源类型</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>资源</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>上一页(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>下一页(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>导出 CSV(&amp;E)…</translation>
    </message>
    <message>
        <source>Audit Log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>any user</source>
        <translation>任意用户</translation>
    </message>
    <message>
        <source>any resource</source>
        <translation>任意资源</translation>
    </message>
    <message>
        <source>Any operation</source>
        <translation>任意操作</translation>
    </message>
    <message>
        <source>Any resource type</source>
        <translation>任意资源类型</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>搜索(&amp;S)</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>用户：</translation>
    </message>
    <message>
        <source>Operation:</source>
        <translation>操作：</translation>
    </message>
    <message>
        <source>Resource type:</source>
        <translation>资源类型：</translation>
    </message>
    <message>
        <source>Resource:</source>
        <translation>资源：</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message numerus="yes">
        <source>Page %1 of %2 (%n entries)</source>
        <translation>
            <numerusform>第 %1 / %2 页（共 %n 条）</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Audit Log</source>
        <translation>导出审计日志</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>正在导出到 %1…</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n entries to %1.</source>
        <translation>
            <numerusform>已将 %n 条记录导出到 %1。</numerusform>
        </translation>
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
    <name>berth::HarborGcDialog</name>
    <message>
        <source>Save &amp;Schedule</source>
        <translation>保存计划(&amp;S)</translation>
    </message>
    <message>
        <source>Delete &amp;untagged artifacts</source>
        <translation>删除无标签的制品(&amp;U)</translation>
    </message>
    <message>
        <source>D&amp;ry run</source>
        <translation>试运行(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Run Now</source>
        <translation>立即运行(&amp;R)</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>触发方式</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <source>Freed</source>
        <translation>释放空间</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>View &amp;Log</source>
        <translation>查看日志(&amp;L)</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>停止(&amp;T)</translation>
    </message>
    <message>
        <source>Garbage Collection</source>
        <translation>垃圾回收</translation>
    </message>
    <message>
        <source>Select a run and View Log to read what it did.</source>
        <translation>选择一次运行并点击“查看日志”，即可了解它做了什么。</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Hourly</source>
        <translation>每小时</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>每天</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>每周</translation>
    </message>
    <message>
        <source>Custom (cron)</source>
        <translation>自定义（cron）</translation>
    </message>
    <message>
        <source>seconds minutes hours day month weekday, e.g. 0 0 3 * * 6</source>
        <translation>秒 分 时 日 月 星期，例如 0 0 3 * * 6</translation>
    </message>
    <message>
        <source>Also removes artifacts that have no tag left.</source>
        <translation>同时删除已没有任何标签的制品。</translation>
    </message>
    <message>
        <source>Only reports what would be freed; nothing is deleted.</source>
        <translation>只报告将释放多少空间，不删除任何内容。</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Run now</source>
        <translation>立即运行</translation>
    </message>
    <message>
        <source>Asked Harbor to stop run %1.</source>
        <translation>已请求 Harbor 停止运行 %1。</translation>
    </message>
    <message>
        <source>%1 is a plain registry.</source>
        <translation>%1 是普通镜像仓库。</translation>
    </message>
    <message>
        <source>On the server, after deleting:</source>
        <translation>删除之后，在服务器上运行：</translation>
    </message>
    <message>
        <source>Add --dry-run to see what would be removed, and --delete-untagged to also remove manifests that no tag points to.</source>
        <translation>加上 --dry-run 可查看将删除的内容，加上 --delete-untagged 还会删除没有任何标签指向的清单。</translation>
    </message>
    <message>
        <source>Next run: %1</source>
        <translation>下次运行：%1</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>手动</translation>
    </message>
    <message>
        <source>%1 (would free)</source>
        <translation>%1（将释放）</translation>
    </message>
    <message>
        <source>dry run</source>
        <translation>试运行</translation>
    </message>
    <message>
        <source>delete untagged</source>
        <translation>删除无标签的制品</translation>
    </message>
    <message>
        <source>A cron expression for Harbor has six fields, seconds first.</source>
        <translation>Harbor 的 cron 表达式有六个字段，第一个是秒。</translation>
    </message>
    <message>
        <source>There is no schedule to remove.</source>
        <translation>没有可移除的计划。</translation>
    </message>
    <message>
        <source>Saved the schedule.</source>
        <translation>已保存计划。</translation>
    </message>
    <message>
        <source>Started a dry run; it reports what would be freed.</source>
        <translation>已开始试运行；它会报告将释放多少空间。</translation>
    </message>
    <message>
        <source>Started garbage collection.</source>
        <translation>已开始垃圾回收。</translation>
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
    <name>berth::HarborMembersDialog</name>
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
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Members of %1</source>
        <translation>%1 的成员</translation>
    </message>
    <message>
        <source>Users and groups with access to the project. A member&apos;s role decides what they may do: Project Admin, Maintainer, Developer, Guest or Limited Guest.</source>
        <translation>有权访问该项目的用户和组。成员的角色决定其可以执行的操作：项目管理员、维护人员、开发者、访客或受限访客。</translation>
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
        <source>%1 is now %2.</source>
        <translation>%1 现在的角色是 %2。</translation>
    </message>
    <message>
        <source>Remove Member</source>
        <translation>移除成员</translation>
    </message>
    <message>
        <source>Remove %1 from the project %2? They lose the access their role gave them.</source>
        <translation>要将 %1 从项目 %2 中移除吗？其角色所赋予的访问权限将被收回。</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>已移除 %1。</translation>
    </message>
    <message>
        <source>Added %1 as %2.</source>
        <translation>已添加 %1，角色为 %2。</translation>
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
    <message>
        <source>Public project. To change members or robot accounts, use Members… or Robot Accounts… on the project.</source>
        <translation>公开项目。要更改成员或机器人账户，请在该项目上使用“成员…”或“机器人账户…”。</translation>
    </message>
    <message>
        <source>Private project. To change members or robot accounts, use Members… or Robot Accounts… on the project.</source>
        <translation>私有项目。要更改成员或机器人账户，请在该项目上使用“成员…”或“机器人账户…”。</translation>
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
    <name>berth::HarborQuotaDialog</name>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>&amp;Unlimited</source>
        <translation>不限制(&amp;U)</translation>
    </message>
    <message>
        <source>Quota of %1</source>
        <translation>%1 的配额</translation>
    </message>
    <message>
        <source>GiB</source>
        <translation>GiB</translation>
    </message>
    <message>
        <source>MiB</source>
        <translation>MiB</translation>
    </message>
    <message>
        <source>Used:</source>
        <translation>已用：</translation>
    </message>
    <message>
        <source>&amp;Storage limit:</source>
        <translation>存储上限(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Harbor keeps no quota for this project.</source>
        <translation>Harbor 没有为此项目设置配额。</translation>
    </message>
    <message>
        <source>%1 of %2 (%3%)</source>
        <translation>%1，共 %2（%3%）</translation>
    </message>
    <message>
        <source>%1, no limit</source>
        <translation>%1，无上限</translation>
    </message>
    <message>
        <source>Only a Harbor system administrator can change a project&apos;s quota.</source>
        <translation>只有 Harbor 系统管理员才能更改项目的配额。</translation>
    </message>
</context>
<context>
    <name>berth::HarborReplication</name>
    <message>
        <source>the replication endpoints</source>
        <translation>复制端点</translation>
    </message>
    <message>
        <source>replication endpoint %1</source>
        <translation>复制端点 %1</translation>
    </message>
    <message>
        <source>the connection test of %1</source>
        <translation>%1 的连接测试</translation>
    </message>
    <message>
        <source>what replication endpoint %1 supports</source>
        <translation>复制端点 %1 支持的功能</translation>
    </message>
    <message>
        <source>the replication providers</source>
        <translation>复制支持的提供者</translation>
    </message>
    <message>
        <source>the replication rules</source>
        <translation>复制规则</translation>
    </message>
    <message>
        <source>replication rule %1</source>
        <translation>复制规则 %1</translation>
    </message>
    <message>
        <source>a replication of rule %1</source>
        <translation>规则 %1 的一次复制</translation>
    </message>
    <message>
        <source>the replication executions</source>
        <translation>复制执行记录</translation>
    </message>
    <message>
        <source>replication execution %1</source>
        <translation>复制执行 %1</translation>
    </message>
    <message>
        <source>the tasks of replication execution %1</source>
        <translation>复制执行 %1 的任务</translation>
    </message>
    <message>
        <source>the log of replication task %1</source>
        <translation>复制任务 %1 的日志</translation>
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
    <name>berth::HarborRobotCreateDialog</name>
    <message>
        <source>P&amp;ull</source>
        <translation>拉取(&amp;U)</translation>
    </message>
    <message>
        <source>P&amp;ush</source>
        <translation>推送(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Delete artifacts</source>
        <translation>删除制品(&amp;D)</translation>
    </message>
    <message>
        <source>New System Robot Account</source>
        <translation>新建系统机器人账户</translation>
    </message>
    <message>
        <source>New Robot Account</source>
        <translation>新建机器人账户</translation>
    </message>
    <message>
        <source>e.g. ci-deploy</source>
        <translation>例如 ci-deploy</translation>
    </message>
    <message>
        <source>Never expires</source>
        <translation>永不过期</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>描述(&amp;E)：</translation>
    </message>
    <message>
        <source>E&amp;xpires after:</source>
        <translation>有效期(&amp;X)：</translation>
    </message>
    <message>
        <source>All projects</source>
        <translation>所有项目</translation>
    </message>
    <message>
        <source>Project names separated by commas; empty for every project.</source>
        <translation>项目名称，以逗号分隔；留空表示所有项目。</translation>
    </message>
    <message>
        <source>&amp;Projects:</source>
        <translation>项目(&amp;P)：</translation>
    </message>
    <message>
        <source>Access in them:</source>
        <translation>在这些项目中的权限：</translation>
    </message>
    <message>
        <source>Access in %1:</source>
        <translation>在 %1 中的权限：</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>创建(&amp;C)</translation>
    </message>
    <message>
        <source>Harbor will name it %1.</source>
        <translation>Harbor 会将其命名为 %1。</translation>
    </message>
    <message>
        <source>Choose at least one kind of access.</source>
        <translation>请至少选择一种权限。</translation>
    </message>
    <message>
        <source>Lower-case letters and digits, with single . _ or - between them.</source>
        <translation>小写字母和数字，中间可用单个 . _ 或 - 分隔。</translation>
    </message>
</context>
<context>
    <name>berth::HarborRobotSecretDialog</name>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Save in Keychain</source>
        <translation>保存到密钥环(&amp;S)</translation>
    </message>
    <message>
        <source>Robot Account Secret</source>
        <translation>机器人账户密钥</translation>
    </message>
    <message>
        <source>Harbor shows this secret only now. Copy it or save it in the keychain before you close this window; later you can only refresh it, which replaces it.</source>
        <translation>Harbor 只在此时显示这个密钥。请在关闭此窗口之前复制它或将其保存到密钥环；之后只能刷新密钥，刷新会替换掉它。</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>账户：</translation>
    </message>
    <message>
        <source>Secret:</source>
        <translation>密钥：</translation>
    </message>
    <message>
        <source>Copied the secret to the clipboard.</source>
        <translation>已将密钥复制到剪贴板。</translation>
    </message>
    <message>
        <source>Could not save in the keychain: %1</source>
        <translation>无法保存到密钥环：%1</translation>
    </message>
    <message>
        <source>Saved in the keychain for %1 as %2: Berth and berthctl can sign in with it (user name %2).</source>
        <translation>已作为 %1 上的 %2 保存到密钥环：Berth 和 berthctl 可以用它登录（用户名 %2）。</translation>
    </message>
</context>
<context>
    <name>berth::HarborRobotsDialog</name>
    <message>
        <source>all projects</source>
        <translation>所有项目</translation>
    </message>
    <message>
        <source>Robot account</source>
        <translation>机器人账户</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>权限</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>过期时间</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <source>Refresh &amp;Secret…</source>
        <translation>刷新密钥(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>禁用(&amp;D)</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>删除(&amp;L)…</translation>
    </message>
    <message>
        <source>System Robot Accounts</source>
        <translation>系统机器人账户</translation>
    </message>
    <message>
        <source>Robot Accounts of %1</source>
        <translation>%1 的机器人账户</translation>
    </message>
    <message>
        <source>Robot accounts for scripts and CI, with access to several or all projects. Harbor names them robot$name.</source>
        <translation>供脚本和 CI 使用的机器人账户，可访问多个或所有项目。Harbor 将其命名为 robot$name。</translation>
    </message>
    <message>
        <source>Robot accounts for scripts and CI in this project. Harbor names them robot$%1+name.</source>
        <translation>此项目中供脚本和 CI 使用的机器人账户。Harbor 将其命名为 robot$%1+name。</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>永不</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已禁用</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>已启用</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>启用(&amp;E)</translation>
    </message>
    <message>
        <source>Created the robot account %1.</source>
        <translation>已创建机器人账户 %1。</translation>
    </message>
    <message>
        <source>Refresh Secret</source>
        <translation>刷新密钥</translation>
    </message>
    <message>
        <source>Give %1 a new secret? The old one stops working at once; scripts that use it need the new one.</source>
        <translation>要为 %1 生成新密钥吗？旧密钥会立即失效；使用它的脚本需要换用新密钥。</translation>
    </message>
    <message>
        <source>%1 has a new secret.</source>
        <translation>%1 已有新密钥。</translation>
    </message>
    <message>
        <source>Disabled %1.</source>
        <translation>已禁用 %1。</translation>
    </message>
    <message>
        <source>Enabled %1.</source>
        <translation>已启用 %1。</translation>
    </message>
    <message>
        <source>Delete Robot Account</source>
        <translation>删除机器人账户</translation>
    </message>
    <message>
        <source>Delete the robot account %1? Anything that signs in with it is refused from then on.</source>
        <translation>要删除机器人账户 %1 吗？此后任何使用它的登录都会被拒绝。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>已删除 %1。</translation>
    </message>
</context>
<context>
    <name>berth::HarborRuleDialog</name>
    <message>
        <source>Tag Retention Rule</source>
        <translation>标签保留规则</translation>
    </message>
    <message>
        <source>Tag Immutability Rule</source>
        <translation>不可变标签规则</translation>
    </message>
    <message>
        <source>matching</source>
        <translation>匹配</translation>
    </message>
    <message>
        <source>excluding</source>
        <translation>排除</translation>
    </message>
    <message>
        <source>Patterns: ** for all, * within one level, {a,b} for either; e.g. team/** or v1.*</source>
        <translation>模式：** 匹配全部，* 匹配一层之内，{a,b} 匹配其中之一；例如 team/** 或 v1.*</translation>
    </message>
    <message>
        <source>For &amp;repositories:</source>
        <translation>适用仓库(&amp;R)：</translation>
    </message>
    <message>
        <source>retain the most recently pushed # artifacts</source>
        <translation>保留最近推送的 # 个制品</translation>
    </message>
    <message>
        <source>retain the most recently pulled # artifacts</source>
        <translation>保留最近拉取的 # 个制品</translation>
    </message>
    <message>
        <source>retain the artifacts pushed within the last # days</source>
        <translation>保留最近 # 天内推送的制品</translation>
    </message>
    <message>
        <source>retain the artifacts pulled within the last # days</source>
        <translation>保留最近 # 天内拉取的制品</translation>
    </message>
    <message>
        <source>retain always</source>
        <translation>始终保留</translation>
    </message>
    <message>
        <source>Include &amp;untagged artifacts</source>
        <translation>包括无标签的制品(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Keep:</source>
        <translation>保留(&amp;K)：</translation>
    </message>
    <message>
        <source>#:</source>
        <translation>#：</translation>
    </message>
    <message>
        <source>For &amp;tags:</source>
        <translation>适用标签(&amp;T)：</translation>
    </message>
    <message>
        <source>Artifacts that no rule retains are deleted when retention runs. Try a dry run first.</source>
        <translation>保留任务运行时，没有被任何规则保留的制品将被删除。建议先试运行。</translation>
    </message>
    <message>
        <source>Tags matching the rule cannot be pushed over or deleted, until the rule is removed or disabled.</source>
        <translation>与该规则匹配的标签不能被覆盖推送或删除，直到该规则被移除或禁用。</translation>
    </message>
    <message numerus="yes">
        <source>retain the %n most recently pushed</source>
        <translation>
            <numerusform>保留最近推送的 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>retain the %n most recently pulled</source>
        <translation>
            <numerusform>保留最近拉取的 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>retain those pushed within %n days</source>
        <translation>
            <numerusform>保留 %n 天内推送的</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>retain those pulled within %n days</source>
        <translation>
            <numerusform>保留 %n 天内拉取的</numerusform>
        </translation>
    </message>
    <message>
        <source>excluding %1</source>
        <translation>排除 %1</translation>
    </message>
    <message>
        <source> (and untagged)</source>
        <translation>（含无标签的）</translation>
    </message>
</context>
<context>
    <name>berth::HarborRulesDialog</name>
    <message>
        <source>Repositories</source>
        <translation>仓库</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>仓库</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Artifacts</source>
        <translation>制品</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>D&amp;ry Run</source>
        <translation>试运行(&amp;R)</translation>
    </message>
    <message>
        <source>Tag Rules of %1</source>
        <translation>%1 的标签规则</translation>
    </message>
    <message>
        <source>Tag Retention</source>
        <translation>标签保留</translation>
    </message>
    <message>
        <source>Tag Immutability</source>
        <translation>不可变标签</translation>
    </message>
    <message>
        <source>Delete Rule</source>
        <translation>删除规则</translation>
    </message>
    <message>
        <source>Delete this retention rule?</source>
        <translation>要删除此保留规则吗？</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete this immutability rule? The tags it protects can be changed again.</source>
        <translation>要删除此不可变标签规则吗？它所保护的标签将可以再次被修改。</translation>
    </message>
    <message>
        <source>Retention keeps the artifacts some rule retains and deletes the rest of the repositories the rules cover.</source>
        <translation>标签保留会保留任一规则所保留的制品，并删除规则所涵盖仓库中的其余制品。</translation>
    </message>
    <message>
        <source>Tags these rules match cannot be pushed over or deleted.</source>
        <translation>这些规则匹配的标签不能被覆盖推送或删除。</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已禁用</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>已启用</translation>
    </message>
    <message>
        <source>Added the retention rule.</source>
        <translation>已添加保留规则。</translation>
    </message>
    <message>
        <source>Changed the retention rule.</source>
        <translation>已修改保留规则。</translation>
    </message>
    <message>
        <source>Deleted the retention rule.</source>
        <translation>已删除保留规则。</translation>
    </message>
    <message>
        <source>Added the immutability rule.</source>
        <translation>已添加不可变标签规则。</translation>
    </message>
    <message>
        <source>Changed the immutability rule.</source>
        <translation>已修改不可变标签规则。</translation>
    </message>
    <message>
        <source>Deleted the immutability rule.</source>
        <translation>已删除不可变标签规则。</translation>
    </message>
    <message>
        <source>Starting a dry run…</source>
        <translation>正在开始试运行…</translation>
    </message>
    <message>
        <source>Dry run running…</source>
        <translation>试运行进行中…</translation>
    </message>
    <message>
        <source>Harbor did not report the dry run.</source>
        <translation>Harbor 没有报告试运行的结果。</translation>
    </message>
    <message numerus="yes">
        <source>Dry run %1 (%2): a real run would keep %3 and delete %4 of %n artifacts; nothing was deleted.</source>
        <translation>
            <numerusform>试运行 %1（%2）：实际运行将在 %n 个制品中保留 %3 个、删除 %4 个；未删除任何内容。</numerusform>
        </translation>
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
    <message>
        <source>Members…</source>
        <translation>成员…</translation>
    </message>
    <message>
        <source>Robot Accounts…</source>
        <translation>机器人账户…</translation>
    </message>
    <message>
        <source>Garbage Collection…</source>
        <translation>垃圾回收…</translation>
    </message>
    <message>
        <source>Tag Rules…</source>
        <translation>标签规则…</translation>
    </message>
    <message>
        <source>Audit Log…</source>
        <translation>审计日志…</translation>
    </message>
    <message>
        <source>Quota…</source>
        <translation>配额…</translation>
    </message>
    <message>
        <source>Sync…</source>
        <translation>同步…</translation>
    </message>
    <message>
        <source>Copy repositories and tags from one registry to another</source>
        <translation>将仓库和标签从一个镜像仓库复制到另一个镜像仓库</translation>
    </message>
    <message numerus="yes">
        <source>%n copy(ies) queued in the transfers panel.</source>
        <translation>
            <numerusform>已在传输面板中排队 %n 个复制任务。</numerusform>
        </translation>
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
    <name>berth::ReplicationEndpointDialog</name>
    <message>
        <source>Load Key File…</source>
        <translation>加载密钥文件…</translation>
    </message>
    <message>
        <source>&amp;Verify the endpoint&apos;s certificate</source>
        <translation>验证端点的证书(&amp;V)</translation>
    </message>
    <message>
        <source>Load from File…</source>
        <translation>从文件加载…</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Edit Endpoint %1</source>
        <translation>编辑端点 %1</translation>
    </message>
    <message>
        <source>New Replication Endpoint</source>
        <translation>新建复制端点</translation>
    </message>
    <message>
        <source>https://registry.example.com</source>
        <translation>例如 https://registry.example.com</translation>
    </message>
    <message>
        <source>a name for this endpoint in Harbor</source>
        <translation>此端点在 Harbor 中的名称</translation>
    </message>
    <message>
        <source>Optional: the PEM certificate of the CA that signed the endpoint&apos;s certificate</source>
        <translation>可选：签发端点证书的 CA 的 PEM 证书</translation>
    </message>
    <message>
        <source>Harbor checks the endpoint&apos;s TLS certificate. Turn this off only for an endpoint with a self-signed certificate you cannot give as CA certificate.</source>
        <translation>Harbor 会检查端点的 TLS 证书。仅当端点使用自签名证书且无法以 CA 证书形式提供时，才关闭此项。</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>未更改</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>提供者(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <source>Endpoint &amp;URL:</source>
        <translation>端点 URL(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Access ID:</source>
        <translation>访问 ID(&amp;A)：</translation>
    </message>
    <message>
        <source>Access &amp;secret:</source>
        <translation>访问密钥(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;CA certificate:</source>
        <translation>CA 证书(&amp;C)：</translation>
    </message>
    <message>
        <source>Loading the providers Harbor supports…</source>
        <translation>正在加载 Harbor 支持的提供者…</translation>
    </message>
    <message>
        <source>%1 is always at this address.</source>
        <translation>%1 始终位于此地址。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Choose the region of your %1 registry.</source>
        <translation>请选择你的 %1 镜像仓库所在的区域。</translation>
    </message>
    <message>
        <source>Harbor is trying to reach the endpoint…</source>
        <translation>Harbor 正在尝试连接端点…</translation>
    </message>
    <message>
        <source>Connection works: Harbor reached the endpoint with these settings.</source>
        <translation>连接正常：Harbor 使用这些设置连上了端点。</translation>
    </message>
    <message>
        <source>Connection failed: %1</source>
        <translation>连接失败：%1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
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
        <source>%1 holds no PEM certificate.</source>
        <translation>%1 中没有 PEM 证书。</translation>
    </message>
    <message>
        <source>Key File</source>
        <translation>密钥文件</translation>
    </message>
    <message>
        <source>JSON key files (*.json);;All files (*)</source>
        <translation>JSON 密钥文件 (*.json);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>berth::ReplicationExecutionsTab</name>
    <message>
        <source>All policies</source>
        <translation>所有策略</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Stop Execution</source>
        <translation>停止执行(&amp;S)</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>策略</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>触发方式</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总数</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>源</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Tasks of execution %1 (select one for its log):</source>
        <translation>执行 %1 的任务（选择一个任务查看其日志）：</translation>
    </message>
    <message>
        <source>Double-click an execution to see its tasks.</source>
        <translation>双击一条执行记录查看其任务。</translation>
    </message>
    <message>
        <source>The log of the selected task.</source>
        <translation>所选任务的日志。</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>手动</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>定时</translation>
    </message>
    <message>
        <source>Event based</source>
        <translation>基于事件</translation>
    </message>
    <message>
        <source>Loading executions…</source>
        <translation>正在加载执行记录…</translation>
    </message>
    <message>
        <source>No executions yet: start a policy with Replicate Now.</source>
        <translation>还没有执行记录：可用“立即复制”启动一个策略。</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Deletion</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>The log could not be read: %1</source>
        <translation>无法读取日志：%1</translation>
    </message>
    <message>
        <source>Asking Harbor to stop execution %1…</source>
        <translation>正在请求 Harbor 停止执行 %1…</translation>
    </message>
    <message>
        <source>Harbor is stopping execution %1.</source>
        <translation>Harbor 正在停止执行 %1。</translation>
    </message>
</context>
<context>
    <name>berth::ReplicationPolicyDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Edit Replication Policy %1</source>
        <translation>编辑复制策略 %1</translation>
    </message>
    <message>
        <source>New Replication Policy</source>
        <translation>新建复制策略</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Push-&amp;based: from this Harbor to the endpoint</source>
        <translation>基于推送(&amp;B)：从此 Harbor 推送到端点</translation>
    </message>
    <message>
        <source>Pull-b&amp;ased: from the endpoint into this Harbor</source>
        <translation>基于拉取(&amp;A)：从端点拉取到此 Harbor</translation>
    </message>
    <message>
        <source>a unique name</source>
        <translation>唯一的名称</translation>
    </message>
    <message>
        <source>e.g. library/** or team/{web,api}</source>
        <translation>例如 library/** 或 team/{web,api}</translation>
    </message>
    <message>
        <source>e.g. v1.* or {latest,stable}</source>
        <translation>例如 v1.* 或 {latest,stable}</translation>
    </message>
    <message>
        <source>matching</source>
        <translation>匹配</translation>
    </message>
    <message>
        <source>excluding</source>
        <translation>排除</translation>
    </message>
    <message>
        <source>No flattening</source>
        <translation>不扁平化</translation>
    </message>
    <message>
        <source>Flatten 1 level</source>
        <translation>扁平化 1 级</translation>
    </message>
    <message>
        <source>Flatten 2 levels</source>
        <translation>扁平化 2 级</translation>
    </message>
    <message>
        <source>Flatten 3 levels</source>
        <translation>扁平化 3 级</translation>
    </message>
    <message>
        <source>Flatten all levels</source>
        <translation>扁平化所有级</translation>
    </message>
    <message>
        <source>How many leading path components of a source repository the destination namespace replaces: a/b/c into ns with 1 level becomes ns/b/c, with all levels ns/c.</source>
        <translation>目标命名空间替换源仓库路径开头的几级：将 a/b/c 放入 ns 时，扁平化 1 级得到 ns/b/c，扁平化所有级得到 ns/c。</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>手动</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>定时</translation>
    </message>
    <message>
        <source>Event based</source>
        <translation>基于事件</translation>
    </message>
    <message>
        <source>&amp;Delete remote resources when they are deleted here</source>
        <translation>在本地删除资源时同时删除远端资源(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Override resources that exist at the destination</source>
        <translation>覆盖目标中已存在的资源(&amp;O)</translation>
    </message>
    <message>
        <source>Copy by &amp;chunk</source>
        <translation>分块复制(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Enabled</source>
        <translation>启用(&amp;E)</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>不限制</translation>
    </message>
    <message>
        <source>Kbps</source>
        <translation>Kbps</translation>
    </message>
    <message>
        <source>Mbps</source>
        <translation>Mbps</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>模式：</translation>
    </message>
    <message>
        <source>Source resources</source>
        <translation>源资源</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>名称(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>标签(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>标记(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Resource:</source>
        <translation>资源(&amp;R)：</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Names&amp;pace:</source>
        <translation>命名空间(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Flattening:</source>
        <translation>扁平化(&amp;F)：</translation>
    </message>
    <message>
        <source>Trigger and options</source>
        <translation>触发方式和选项</translation>
    </message>
    <message>
        <source>T&amp;rigger:</source>
        <translation>触发方式(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Cron:</source>
        <translation>Cron 表达式(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Bandwidth:</source>
        <translation>带宽(&amp;B)：</translation>
    </message>
    <message>
        <source>Asking Harbor what the endpoint supports…</source>
        <translation>正在向 Harbor 查询端点支持的功能…</translation>
    </message>
    <message>
        <source>Could not ask Harbor what the endpoint supports: %1</source>
        <translation>无法向 Harbor 查询端点支持的功能：%1</translation>
    </message>
    <message>
        <source>Destination &amp;endpoint:</source>
        <translation>目标端点(&amp;E)：</translation>
    </message>
    <message>
        <source>Source &amp;endpoint:</source>
        <translation>源端点(&amp;E)：</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>镜像</translation>
    </message>
    <message>
        <source>Artifacts</source>
        <translation>制品</translation>
    </message>
    <message>
        <source>The endpoint does not support copying by chunk.</source>
        <translation>该端点不支持分块复制。</translation>
    </message>
    <message>
        <source>Add an endpoint on the Endpoints tab first: a policy replicates to or from one.</source>
        <translation>请先在“端点”选项卡中添加端点：策略需要复制到某个端点或从某个端点复制。</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>以逗号分隔</translation>
    </message>
    <message>
        <source>empty: as the source</source>
        <translation>留空：与源相同</translation>
    </message>
    <message>
        <source>e.g. 0 0 2 * * *</source>
        <translation>例如 0 0 2 * * *</translation>
    </message>
    <message>
        <source>Six fields: second, minute, hour, day of month, month, day of week. 0 0 2 * * * runs daily at 02:00 (Harbor&apos;s time zone).</source>
        <translation>六个字段：秒、分钟、小时、日、月、星期。0 0 2 * * * 表示每天 02:00 运行（按 Harbor 所在的时区）。</translation>
    </message>
</context>
<context>
    <name>berth::ReplicationWindow</name>
    <message>
        <source>Replication…</source>
        <translation>复制…</translation>
    </message>
    <message>
        <source>Harbor&apos;s replication endpoints, policies and executions (system administrators)</source>
        <translation>Harbor 的复制端点、策略和执行记录（系统管理员）</translation>
    </message>
    <message>
        <source>Replication — %1</source>
        <translation>复制 — %1</translation>
    </message>
    <message>
        <source>&amp;Endpoints</source>
        <translation>端点(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Policies</source>
        <translation>策略(&amp;P)</translation>
    </message>
    <message>
        <source>E&amp;xecutions</source>
        <translation>执行记录(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;New Endpoint…</source>
        <translation>新建端点(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;New Policy…</source>
        <translation>新建策略(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Replicate Now</source>
        <translation>立即复制(&amp;R)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>提供者</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL 地址</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>端点</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>触发方式</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>已启用</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Loading endpoints…</source>
        <translation>正在加载端点…</translation>
    </message>
    <message>
        <source>Loading policies…</source>
        <translation>正在加载策略…</translation>
    </message>
    <message>
        <source>No endpoints yet. Harbor replicates to and from the registries added here; only Harbor&apos;s system administrators see them.</source>
        <translation>还没有端点。Harbor 向这里添加的镜像仓库复制，或从中复制；只有 Harbor 的系统管理员能看到它们。</translation>
    </message>
    <message>
        <source>No replication policies yet.</source>
        <translation>还没有复制策略。</translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>健康</translation>
    </message>
    <message>
        <source>Unhealthy</source>
        <translation>不健康</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>不验证</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>验证</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Push</source>
        <translation>推送</translation>
    </message>
    <message>
        <source>Pull</source>
        <translation>拉取</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Dis&amp;able</source>
        <translation>禁用(&amp;A)</translation>
    </message>
    <message>
        <source>En&amp;able</source>
        <translation>启用(&amp;A)</translation>
    </message>
    <message>
        <source>Delete Endpoint</source>
        <translation>删除端点</translation>
    </message>
    <message>
        <source>Delete the endpoint %1 (%2) from Harbor? Harbor refuses while a replication policy or a proxy cache project uses it.</source>
        <translation>要从 Harbor 中删除端点 %1（%2）吗？如果有复制策略或代理缓存项目正在使用它，Harbor 会拒绝删除。</translation>
    </message>
    <message>
        <source>Deleted the endpoint %1.</source>
        <translation>已删除端点 %1。</translation>
    </message>
    <message>
        <source>Harbor is trying to reach %1…</source>
        <translation>Harbor 正在尝试连接 %1…</translation>
    </message>
    <message>
        <source>Connection to %1 failed: %2</source>
        <translation>连接 %1 失败：%2</translation>
    </message>
    <message>
        <source>Connection to %1 works.</source>
        <translation>与 %1 的连接正常。</translation>
    </message>
    <message>
        <source>Enabled the policy %1.</source>
        <translation>已启用策略 %1。</translation>
    </message>
    <message>
        <source>Disabled the policy %1.</source>
        <translation>已禁用策略 %1。</translation>
    </message>
    <message>
        <source>Delete Policy</source>
        <translation>删除策略</translation>
    </message>
    <message>
        <source>Delete the replication policy %1? Its executions go with it; Harbor refuses while one runs.</source>
        <translation>要删除复制策略 %1 吗？其执行记录也会一并删除；如果有执行正在运行，Harbor 会拒绝删除。</translation>
    </message>
    <message>
        <source>Deleted the policy %1.</source>
        <translation>已删除策略 %1。</translation>
    </message>
    <message>
        <source>Starting the policy %1…</source>
        <translation>正在启动策略 %1…</translation>
    </message>
    <message>
        <source>Started the policy %1.</source>
        <translation>已启动策略 %1。</translation>
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
    <name>berth::SyncDialog</name>
    <message>
        <source>Choose a source and a destination registry, each optionally with a repository path.</source>
        <translation>请选择源镜像仓库和目标镜像仓库，并可分别指定仓库路径。</translation>
    </message>
    <message>
        <source>Listing the repositories of %1…</source>
        <translation>正在列出 %1 的仓库…</translation>
    </message>
    <message>
        <source>Comparing %1 of %2: %3</source>
        <translation>正在比较第 %1 / %2 项：%3</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy (replaces a different image)</source>
        <translation>复制（替换不同的镜像）</translation>
    </message>
    <message>
        <source>Skip (identical)</source>
        <translation>跳过（相同）</translation>
    </message>
    <message>
        <source>Fails: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n repository(ies) matched: </source>
        <translation>
            <numerusform>匹配 %n 个仓库：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to copy, </source>
        <translation>
            <numerusform>%n 个待复制，</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n identical, </source>
        <translation>
            <numerusform>%n 个相同，</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed.</source>
        <translation>
            <numerusform>%n 个失败。</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Sync Rule</source>
        <translation>保存同步规则</translation>
    </message>
    <message>
        <source>Name of the rule:</source>
        <translation>规则名称：</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Sync Registries</source>
        <translation>同步镜像仓库</translation>
    </message>
    <message>
        <source>Saved rule:</source>
        <translation>已保存的规则：</translation>
    </message>
    <message>
        <source>Save Rule…</source>
        <translation>保存规则…</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>源：</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>目标：</translation>
    </message>
    <message>
        <source>repository path (optional), e.g. team</source>
        <translation>仓库路径（可选），例如 team</translation>
    </message>
    <message>
        <source>repository path (optional), e.g. mirror/team</source>
        <translation>仓库路径（可选），例如镜像源路径 mirror/team</translation>
    </message>
    <message>
        <source>Include:</source>
        <translation>包含：</translation>
    </message>
    <message>
        <source>Exclude:</source>
        <translation>排除：</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>标签：</translation>
    </message>
    <message>
        <source>every repository; or globs, e.g. app*, tools/**</source>
        <translation>所有仓库；或通配符模式，例如 app*, tools/**</translation>
    </message>
    <message>
        <source>none; or globs</source>
        <translation>无；或通配符模式</translation>
    </message>
    <message>
        <source>every tag; or a regular expression, e.g. v[0-9.]+|latest</source>
        <translation>所有标签；或正则表达式，例如 v[0-9.]+|latest</translation>
    </message>
    <message>
        <source>Globs match the repository path below the source path: * within one name, ** across &apos;/&apos;. The tag expression must match the whole tag. Whole indexes are copied (every platform), and tags that are already identical are skipped.</source>
        <translation>通配符模式匹配源路径之下的仓库路径：* 匹配单个名称之内，** 可跨越 &apos;/&apos;。标签表达式必须匹配整个标签。复制时复制整个索引（所有平台），已经相同的标签会跳过。</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>源</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Show Plan</source>
        <translation>显示计划</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>berth::SyncJob</name>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) failed to sync; the first: %1</source>
        <translation>
            <numerusform>%n 项同步失败；第一项：%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>berth::SyncPlanJob</name>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>%1 does not list its repositories (/v2/_catalog): %2 Sync needs the source&apos;s catalog.</source>
        <translation>%1 不提供仓库列表（/v2/_catalog）：%2 同步需要源端的仓库目录。</translation>
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
    <message>
        <source>%1 of %2 blobs</source>
        <translation>%1/%2 个 blob</translation>
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
        <source>Harbor is scanning %1; `berthctl harbor artifacts` shows the result.</source>
        <translation>Harbor 正在扫描 %1；用 `berthctl harbor artifacts` 查看制品的扫描结果。</translation>
    </message>
    <message numerus="yes">
        <source>%n blob(s) moved, %1 already there, %2 in %3 s</source>
        <translation>
            <numerusform>传输了 %n 个 blob，%1 个已存在，共 %2，用时 %3 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown harbor replication command &quot;%1&quot;; see berthctl --help.</source>
        <translation>未知的复制命令 harbor replication “%1”；请参阅 berthctl --help。</translation>
    </message>
    <message>
        <source>Wrong number of arguments for &quot;harbor replication %1&quot;; see berthctl --help.</source>
        <translation>“harbor replication %1”的参数个数不对；请参阅 berthctl --help。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an execution id.</source>
        <translation>“%1”不是执行 ID。</translation>
    </message>
    <message>
        <source>endpoint-add needs --name, --type and --url.</source>
        <translation>endpoint-add 需要 --name、--type 和 --url。</translation>
    </message>
    <message>
        <source>--access-secret-file - and --password-stdin cannot both read standard input.</source>
        <translation>--access-secret-file - 和 --password-stdin 不能同时从标准输入读取。</translation>
    </message>
    <message>
        <source>Cannot read the access secret from %1: %2</source>
        <translation>无法从 %1 读取访问密钥：%2</translation>
    </message>
    <message>
        <source>Cannot read the CA certificate %1: %2</source>
        <translation>无法读取 CA 证书 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a PEM certificate.</source>
        <translation>%1 不是 PEM 证书。</translation>
    </message>
    <message>
        <source>policy-add needs exactly one of --push-to ENDPOINT and --pull-from ENDPOINT.</source>
        <translation>policy-add 需要且只能使用 --push-to ENDPOINT 和 --pull-from ENDPOINT 中的一个。</translation>
    </message>
    <message>
        <source>Use either --filter-tag or --exclude-tag.</source>
        <translation>--filter-tag 和 --exclude-tag 只能使用其中一个。</translation>
    </message>
    <message>
        <source>--flatten takes -1 (all levels), 0, 1, 2 or 3.</source>
        <translation>--flatten 可取 -1（所有层级）、0、1、2 或 3。</translation>
    </message>
    <message>
        <source>--bandwidth takes a number of Kbps (or -1 for no limit).</source>
        <translation>--bandwidth 需要一个以 Kbps 为单位的数值（-1 表示不限制）。</translation>
    </message>
    <message>
        <source>--trigger takes manual, event or cron:EXPRESSION.</source>
        <translation>--trigger 可取 manual、event 或 cron:EXPRESSION。</translation>
    </message>
    <message>
        <source>replication rule %1 on %2</source>
        <translation>%2 上的复制规则 %1</translation>
    </message>
    <message>
        <source>There is no replication endpoint %1 on Harbor at %2.</source>
        <translation>%2 上的 Harbor 中没有复制端点 %1。</translation>
    </message>
    <message>
        <source>There is no replication rule %1 on Harbor at %2.</source>
        <translation>%2 上的 Harbor 中没有复制规则 %1。</translation>
    </message>
    <message>
        <source>Created replication endpoint %1.</source>
        <translation>已创建复制端点 %1。</translation>
    </message>
    <message>
        <source>Created replication rule %1.</source>
        <translation>已创建复制规则 %1。</translation>
    </message>
    <message>
        <source>Deleted replication rule %1.</source>
        <translation>已删除复制规则 %1。</translation>
    </message>
    <message>
        <source>Started replication rule %1 (execution %2).</source>
        <translation>已启动复制规则 %1（执行 %2）。</translation>
    </message>
    <message>
        <source>Stopped replication execution %1.</source>
        <translation>已停止复制执行 %1。</translation>
    </message>
    <message>
        <source>sync copies whole indexes, so that digests stay the same; --platform does not apply.</source>
        <translation>sync 会复制整个索引，以保持摘要不变；--platform 不适用。</translation>
    </message>
    <message>
        <source>--parallel needs a whole number of 1 or more.</source>
        <translation>--parallel 需要一个大于等于 1 的整数。</translation>
    </message>
    <message>
        <source>copy %1 -&gt; %2</source>
        <translation>复制 %1 -&gt; %2</translation>
    </message>
    <message>
        <source>skip %1 (identical at %2)</source>
        <translation>跳过 %1（与 %2 上的相同）</translation>
    </message>
    <message>
        <source>fail %1: %2</source>
        <translation>失败 %1：%2</translation>
    </message>
    <message>
        <source>Dry run: %1 to copy, %2 identical, %3 failed; nothing was copied.</source>
        <translation>试运行：%1 个待复制，%2 个相同，%3 个失败；未复制任何内容。</translation>
    </message>
    <message>
        <source>[%1/%2] copying %3</source>
        <translation>[%1/%2] 正在复制 %3</translation>
    </message>
    <message>
        <source>berthctl: %1 failed: %2</source>
        <translation>berthctl：%1 失败：%2</translation>
    </message>
    <message>
        <source>Synced: %1 copied, %2 skipped (identical), %3 failed.</source>
        <translation>同步完成：已复制 %1 个，跳过 %2 个（相同），失败 %3 个。</translation>
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
                          copy matching repositories and tags to another registry, PREFIX
                          replaced; globs (comma-separated) match the path below PREFIX, &apos;*&apos;
                          within a name, &apos;**&apos; across &apos;/&apos;; REGEX must match the whole tag;
                          whole indexes are copied and tags already identical are skipped;
                          prints the plan, then copied, skipped and failed; exit 1 if any failed
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
  harbor members REGISTRY PROJECT     members: name, user/group, role, member id
  harbor member-add REGISTRY PROJECT USER --role admin|maintainer|developer|guest|limited-guest
  harbor member-remove REGISTRY PROJECT USER
  harbor robots REGISTRY [--project P]
                          robot accounts (system level without --project): name, level,
                          enabled/disabled, expiry, permissions, id
  harbor robot-create REGISTRY NAME [--project P] --access pull[,push,delete] [--days N]
                          prints the secret once, alone on stdout; Harbor names the account
                          robot$P+NAME (robot$NAME without --project, on every project)
  harbor robot-delete REGISTRY NAME [--project P] [--yes]
  harbor gc REGISTRY [--run [--dry-run] [--delete-untagged]]
                          the garbage collection schedule, or start one and print its id; a
                          plain registry frees space only with its own garbage-collect command
  harbor gc-history REGISTRY          id, status, start, end, options, freed bytes (- unknown)
  harbor audit REGISTRY [--user U] [--operation OP] [--since YYYY-MM-DD|RFC3339]
                          audit log, newest first: time, user, operation, resource type,
                          resource, success/failure
  harbor quota-set REGISTRY PROJECT BYTES|none
                          storage limit of a project; system administrators
  harbor replication endpoints REGISTRY
                          replication endpoints: id, name, type, URL, health
  harbor replication endpoint-add REGISTRY --name N --type T --url U [--access-key K
       --access-secret-file F] [--skip-verify] [--ca-cert F]
                          T: harbor, docker-hub, docker-registry, aws-ecr, ...; the secret is read
                          from F (- for standard input), never from the command line;
                          --skip-verify and --ca-cert are how Harbor checks the endpoint
  harbor replication policies REGISTRY
                          rules: id, name, push/pull, endpoint, trigger, enabled/disabled
  harbor replication policy-add REGISTRY --name N (--push-to ENDPOINT | --pull-from ENDPOINT)
       [--filter-name GLOB] [--filter-tag GLOB | --exclude-tag GLOB] [--dest-namespace NS]
       [--flatten -1|0|1|2|3] [--trigger manual|event|cron:EXPR] [--override] [--deletion]
       [--bandwidth KBPS]
                          EXPR is Harbor&apos;s 6-field cron (second minute hour day month weekday);
                          event works only with --push-to; --deletion also deletes remotely;
                          --flatten: path levels the namespace replaces (default 1, -1 all);
                          --bandwidth: per task, default unlimited
  harbor replication policy-delete REGISTRY NAME [--yes]
  harbor replication run REGISTRY POLICY
                          starts the rule now; prints the execution id
  harbor replication executions REGISTRY [--policy NAME]
                          id, rule id, status, trigger, start, end, total, succeeded, failed,
                          in progress, stopped
  harbor replication tasks REGISTRY EXECUTION_ID
                          id, status, source, destination, start, end
  harbor replication stop REGISTRY EXECUTION_ID

REGISTRY is host[:port]; REPOSITORY and REFERENCE follow the Docker reference grammar
(host[:port]/name[:tag|@sha256:...]); a REFERENCE without tag or digest means :latest.

Credentials: --username/--password-stdin for one call; otherwise the keychain entry saved by
login or the Berth application; otherwise Docker&apos;s config.json and credential helpers;
otherwise anonymous.

Exit codes: 0 done, 1 failed, 2 usage (or confirmation needed), 3 authentication or
permission refused, 4 not found. Ctrl-C (or SIGTERM) during pull, push, copy or sync
cancels it: its temporary files are removed and its upload sessions closed, then
berthctl exits with 130 (143).
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
                          将匹配的仓库和标签复制到另一个镜像仓库，并替换 PREFIX；
                          通配符模式（以逗号分隔）匹配 PREFIX 之下的路径，&apos;*&apos;
                          匹配单个名称之内，&apos;**&apos; 可跨越 &apos;/&apos;；REGEX 必须匹配整个标签；
                          复制整个索引，已经相同的标签会跳过；
                          先输出计划，再输出已复制、已跳过和失败的项；有失败时退出码为 1
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
  harbor summary REGISTRY PROJECT     仓库、已用存储和上限（字节）、成员
  harbor scan REGISTRY PROJECT/REPO@DIGEST|PROJECT/REPO:TAG
                          启动漏洞扫描；扫描结束前 harbor artifacts 不显示结果
  harbor members REGISTRY PROJECT     成员：名称、用户/组、角色、成员 ID
  harbor member-add REGISTRY PROJECT USER --role admin|maintainer|developer|guest|limited-guest
  harbor member-remove REGISTRY PROJECT USER
  harbor robots REGISTRY [--project P]
                          机器人账户（不带 --project 时为系统级）：名称、级别、
                          启用/禁用、过期时间、权限、ID
  harbor robot-create REGISTRY NAME [--project P] --access pull[,push,delete] [--days N]
                          只输出一次密钥，标准输出中仅此一项；Harbor 将该账户命名为
                          robot$P+NAME（不带 --project 时为 robot$NAME，作用于所有项目）
  harbor robot-delete REGISTRY NAME [--project P] [--yes]
  harbor gc REGISTRY [--run [--dry-run] [--delete-untagged]]
                          垃圾回收计划，或启动一次垃圾回收并输出其 ID；普通镜像仓库
                          只能通过其自带的 garbage-collect 命令释放空间
  harbor gc-history REGISTRY          ID、状态、开始、结束、选项、释放的字节数（- 表示未知）
  harbor audit REGISTRY [--user U] [--operation OP] [--since YYYY-MM-DD|RFC3339]
                          审计日志，最新的在前：时间、用户、操作、资源类型、
                          资源、成功/失败
  harbor quota-set REGISTRY PROJECT BYTES|none
                          设置项目的存储配额上限；仅限系统管理员
  harbor replication endpoints REGISTRY
                          复制端点：ID、名称、类型、URL、健康状态
  harbor replication endpoint-add REGISTRY --name N --type T --url U [--access-key K
       --access-secret-file F] [--skip-verify] [--ca-cert F]
                          T：harbor、docker-hub、docker-registry、aws-ecr 等；密钥从 F 读取
                          （- 表示标准输入），绝不从命令行读取；
                          --skip-verify 和 --ca-cert 决定 Harbor 如何检查端点
  harbor replication policies REGISTRY
                          规则：ID、名称、推送/拉取、端点、触发方式、启用/禁用
  harbor replication policy-add REGISTRY --name N (--push-to ENDPOINT | --pull-from ENDPOINT)
       [--filter-name GLOB] [--filter-tag GLOB | --exclude-tag GLOB] [--dest-namespace NS]
       [--flatten -1|0|1|2|3] [--trigger manual|event|cron:EXPR] [--override] [--deletion]
       [--bandwidth KBPS]
                          EXPR 为 Harbor 的 6 字段 cron（秒 分 时 日 月 星期）；
                          event 只能与 --push-to 一起使用；--deletion 还会删除远端的资源；
                          --flatten：命名空间替换的路径层数（默认 1，-1 表示全部）；
                          --bandwidth：每个任务的带宽，默认不限
  harbor replication policy-delete REGISTRY NAME [--yes]
  harbor replication run REGISTRY POLICY
                          立即启动该规则；输出执行 ID
  harbor replication executions REGISTRY [--policy NAME]
                          ID、规则 ID、状态、触发方式、开始、结束、总数、成功、失败、
                          进行中、已停止
  harbor replication tasks REGISTRY EXECUTION_ID
                          ID、状态、源、目标、开始、结束
  harbor replication stop REGISTRY EXECUTION_ID

REGISTRY 为 host[:port]；REPOSITORY 和 REFERENCE 遵循 Docker 引用语法
（host[:port]/name[:tag|@sha256:...]）；没有标签或摘要的 REFERENCE 表示 :latest。

凭据：--username/--password-stdin 只用于本次调用；否则使用 login 或 Berth 应用程序
保存在密钥环中的条目；再否则使用 Docker 的 config.json 和凭据助手；
最后以匿名身份访问。

退出码：0 完成，1 失败，2 用法错误（或需要确认），3 身份验证或权限被拒绝，
4 未找到。在 pull、push、copy 或 sync 进行中按 Ctrl-C（或发送 SIGTERM）会取消该操作：
删除其临时文件并关闭其上传会话，随后
berthctl 以 130（SIGTERM 时为 143）退出。
</translation>
    </message>
    <message>
        <source>%1/%2 blobs</source>
        <translation>%1/%2 个 blob</translation>
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
