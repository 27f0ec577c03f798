<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CleanupPlanner</name>
    <message numerus="yes">
        <source>kept: one of the %n newest by date</source>
        <translation>
            <numerusform>kept: one of the %n newest by date</numerusform>
            <numerusform>kept: one of the %n newest by date</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>kept: one of the %n highest versions</source>
        <translation>
            <numerusform>kept: one of the %n highest versions</numerusform>
            <numerusform>kept: one of the %n highest versions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>kept: younger than %n day(s)</source>
        <translation>
            <numerusform>kept: younger than %n day</numerusform>
            <numerusform>kept: younger than %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HarborCron</name>
    <message numerus="yes">
        <source>The schedule &quot;%1&quot; has %n field(s); Harbor&apos;s cron has 6: second, minute, hour, day of month, month and day of week (e.g. &quot;0 0 2 * * *&quot;).</source>
        <translation>
            <numerusform>The schedule &quot;%1&quot; has %n field; Harbor&apos;s cron has 6: second, minute, hour, day of month, month and day of week (e.g. &quot;0 0 2 * * *&quot;).</numerusform>
            <numerusform>The schedule &quot;%1&quot; has %n fields; Harbor&apos;s cron has 6: second, minute, hour, day of month, month and day of week (e.g. &quot;0 0 2 * * *&quot;).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>berth::BulkDeleteDialog</name>
    <message numerus="yes">
        <source>Delete every manifest of %1? These %n manifest(s)</source>
        <translation>
            <numerusform>Delete every manifest of %1? These %n manifest</numerusform>
            <numerusform>Delete every manifest of %1? These %n manifests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and their %n tag(s) go:</source>
        <translation>
            <numerusform>and their %n tag go:</numerusform>
            <numerusform>and their %n tags go:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the manifests of the %n selected tag(s) of %1? Deleting a manifest takes every tag on it; </source>
        <translation>
            <numerusform>Delete the manifests of the %n selected tag of %1? Deleting a manifest takes every tag on it; </numerusform>
            <numerusform>Delete the manifests of the %n selected tags of %1? Deleting a manifest takes every tag on it; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s) go in all:</source>
        <translation>
            <numerusform>%n tag go in all:</numerusform>
            <numerusform>%n tags go in all:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Manifest(s)</source>
        <translation>
            <numerusform>Delete %n Manifest</numerusform>
            <numerusform>Delete %n Manifests</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>berth::CleanupDialog</name>
    <message numerus="yes">
        <source>%n tag(s) go</source>
        <translation>
            <numerusform>%n tag go</numerusform>
            <numerusform>%n tags go</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>with %n manifest(s);</source>
        <translation>
            <numerusform>with %n manifest;</numerusform>
            <numerusform>with %n manifests;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s) stay.</source>
        <translation>
            <numerusform>%n tag stay.</numerusform>
            <numerusform>%n tags stay.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Tag(s)</source>
        <translation>
            <numerusform>Delete %n Tag</numerusform>
            <numerusform>Delete %n Tags</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %n tag(s) would be deleted with</source>
        <translation>
            <numerusform>Dry run: %n tag would be deleted with</numerusform>
            <numerusform>Dry run: %n tags would be deleted with</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n manifest(s); nothing was deleted.</source>
        <translation>
            <numerusform>%n manifest; nothing was deleted.</numerusform>
            <numerusform>%n manifests; nothing was deleted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>berth::ConfigView</name>
    <message numerus="yes">
        <source>%n variable(s)</source>
        <translation>
            <numerusform>%n variable</numerusform>
            <numerusform>%n variables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n label(s)</source>
        <translation>
            <numerusform>%n label</numerusform>
            <numerusform>%n labels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n step</numerusform>
            <numerusform>%n steps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n annotation</numerusform>
            <numerusform>%n annotations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blob(s)</source>
        <translation>
            <numerusform>%n blob</numerusform>
            <numerusform>%n blobs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>berth::CopyJob</name>
    <message numerus="yes">
        <source>Copying %1 to %2 (%n blob(s))</source>
        <translation>
            <numerusform>Copying %1 to %2 (%n blob)</numerusform>
            <numerusform>Copying %1 to %2 (%n blobs)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>berth::DeleteDialog</name>
    <message numerus="yes">
        <source>Delete the manifest %1? These %n tag(s) point at it and go with it:</source>
        <translation>
            <numerusform>Delete the manifest %1? This %n tag points at it and go with it:</numerusform>
            <numerusform>Delete the manifest %1? These %n tags point at it and go with it:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>berth::DeleteManifestsJob</name>
    <message numerus="yes">
        <source>%n of %1 manifest(s) could not be deleted: %2</source>
        <translation>
            <numerusform>%n of %1 manifests could not be deleted: %2</numerusform>
            <numerusform>%n of %1 manifests could not be deleted: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>berth::DetailsPane</name>
    <message numerus="yes">
        <source>%n platform(s), %1 of manifests</source>
        <translation>
            <numerusform>%n platform, %1 of manifests</numerusform>
            <numerusform>%n platforms, %1 of manifests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n layer(s))</source>
        <translation>
            <numerusform>%1 (%n layer)</numerusform>
            <numerusform>%1 (%n layers)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>berth::HarborAuditDialog</name>
    <message numerus="yes">
        <source>Page %1 of %2 (%n entries)</source>
        <translation>
            <numerusform>Page %1 of %2 (%n entry)</numerusform>
            <numerusform>Page %1 of %2 (%n entries)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n entries to %1.</source>
        <translation>
            <numerusform>Exported %n entry to %1.</numerusform>
            <numerusform>Exported %n entries to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>berth::HarborProjectDetailsDialog</name>
    <message numerus="yes">
        <source>Quota: %1 of %2 used (%3%). %n repositories.</source>
        <translation>
            <numerusform>Quota: %1 of %2 used (%3%). %n repository.</numerusform>
            <numerusform>Quota: %1 of %2 used (%3%). %n repositories.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Quota: %1 used, no limit. %n repositories.</source>
        <translation>
            <numerusform>Quota: %1 used, no limit. %n repository.</numerusform>
            <numerusform>Quota: %1 used, no limit. %n repositories.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>berth::HarborRuleDialog</name>
    <message numerus="yes">
        <source>retain the %n most recently pushed</source>
        <translation>
            <numerusform>retain the %n most recently pushed</numerusform>
            <numerusform>retain the %n most recently pushed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>retain the %n most recently pulled</source>
        <translation>
            <numerusform>retain the %n most recently pulled</numerusform>
            <numerusform>retain the %n most recently pulled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>retain those pushed within %n days</source>
        <translation>
            <numerusform>retain those pushed within %n days</numerusform>
            <numerusform>retain those pushed within %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>retain those pulled within %n days</source>
        <translation>
            <numerusform>retain those pulled within %n days</numerusform>
            <numerusform>retain those pulled within %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>berth::HarborRulesDialog</name>
    <message numerus="yes">
        <source>Dry run %1 (%2): a real run would keep %3 and delete %4 of %n artifacts; nothing was deleted.</source>
        <translation>
            <numerusform>Dry run %1 (%2): a real run would keep %3 and delete %4 of %n artifact; nothing was deleted.</numerusform>
            <numerusform>Dry run %1 (%2): a real run would keep %3 and delete %4 of %n artifacts; nothing was deleted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>berth::ImportDockerDialog</name>
    <message numerus="yes">
        <source>%n registry(s) selected.</source>
        <translation>
            <numerusform>%n registry selected.</numerusform>
            <numerusform>%n registries selected.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>berth::MainWindow</name>
    <message numerus="yes">
        <source>%n repositories listed.</source>
        <translation>
            <numerusform>%n repository listed.</numerusform>
            <numerusform>%n repositories listed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n transfer(s) still running. Cancel them and quit? Nothing half-written is left behind.</source>
        <translation>
            <numerusform>%n transfer still running. Cancel them and quit? Nothing half-written is left behind.</numerusform>
            <numerusform>%n transfers still running. Cancel them and quit? Nothing half-written is left behind.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n manifest(s) of %1.</source>
        <translation>
            <numerusform>Deleted %n manifest of %1.</numerusform>
            <numerusform>Deleted %n manifests of %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clean-up of %1: deleted %n manifest(s).</source>
        <translation>
            <numerusform>Clean-up of %1: deleted %n manifest.</numerusform>
            <numerusform>Clean-up of %1: deleted %n manifests.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n registry(s) from Docker&apos;s configuration.</source>
        <translation>
            <numerusform>Imported %n registry from Docker&apos;s configuration.</numerusform>
            <numerusform>Imported %n registries from Docker&apos;s configuration.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the Harbor project %1? Harbor refuses while it holds repositories (%n now), replication rules or other things that use it; if so, you are told what blocks it.</source>
        <translation>
            <numerusform>Delete the Harbor project %1? Harbor refuses while it holds repositories (%n now), replication rules or other things that use it; if so, you are told what blocks it.</numerusform>
            <numerusform>Delete the Harbor project %1? Harbor refuses while it holds repositories (%n now), replication rules or other things that use it; if so, you are told what blocks it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the repository %1 with its %n artifacts and all their tags? This cannot be undone.</source>
        <translation>
            <numerusform>Delete the repository %1 with its %n artifact and all their tags? This cannot be undone.</numerusform>
            <numerusform>Delete the repository %1 with its %n artifacts and all their tags? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n accessories (signatures, SBOMs) attached to it</source>
        <translation>
            <numerusform>%n accessory (signatures, SBOMs) attached to it</numerusform>
            <numerusform>%n accessories (signatures, SBOMs) attached to it</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n platform manifests it references, unless other artifacts use them</source>
        <translation>
            <numerusform>%n platform manifest it references, unless other artifacts use them</numerusform>
            <numerusform>%n platform manifests it references, unless other artifacts use them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n copy(ies) queued in the transfers panel.</source>
        <translation>
            <numerusform>%n copy queued in the transfers panel.</numerusform>
            <numerusform>%n copies queued in the transfers panel.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>berth::PullJob</name>
    <message numerus="yes">
        <source>Pulling %1 (%n blob(s))</source>
        <translation>
            <numerusform>Pulling %1 (%n blob)</numerusform>
            <numerusform>Pulling %1 (%n blobs)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>berth::ReferrersTab</name>
    <message numerus="yes">
        <source>%n artifact(s) refer to this manifest.</source>
        <translation>
            <numerusform>%n artifact refer to this manifest.</numerusform>
            <numerusform>%n artifacts refer to this manifest.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>berth::RegistryTreeModel</name>
    <message numerus="yes">
        <source>Listing stopped after %n repositories. Refresh (F5) loads the rest.</source>
        <translation>
            <numerusform>Listing stopped after %n repository. Refresh (F5) loads the rest.</numerusform>
            <numerusform>Listing stopped after %n repositories. Refresh (F5) loads the rest.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2, %n repositories)</source>
        <translation>
            <numerusform>%1 (%2, %n repository)</numerusform>
            <numerusform>%1 (%2, %n repositories)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n artifacts)</source>
        <translation>
            <numerusform>%1 (%n artifact)</numerusform>
            <numerusform>%1 (%n artifacts)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pulled %n times</source>
        <translation>
            <numerusform>Pulled %n time</numerusform>
            <numerusform>Pulled %n times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vulnerabilities</source>
        <translation>
            <numerusform>%n vulnerability</numerusform>
            <numerusform>%n vulnerabilities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Index of %n platforms</source>
        <translation>
            <numerusform>Index of %n platform</numerusform>
            <numerusform>Index of %n platforms</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>berth::SyncDialog</name>
    <message numerus="yes">
        <source>%n repository(ies) matched: </source>
        <translation>
            <numerusform>%n repository matched: </numerusform>
            <numerusform>%n repositories matched: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to copy, </source>
        <translation>
            <numerusform>%n to copy, </numerusform>
            <numerusform>%n to copy, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n identical, </source>
        <translation>
            <numerusform>%n identical, </numerusform>
            <numerusform>%n identical, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed.</source>
        <translation>
            <numerusform>%n failed.</numerusform>
            <numerusform>%n failed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>berth::SyncJob</name>
    <message numerus="yes">
        <source>%n item(s) failed to sync; the first: %1</source>
        <translation>
            <numerusform>%n item failed to sync; the first: %1</numerusform>
            <numerusform>%n items failed to sync; the first: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>berth::cli::Cli</name>
    <message numerus="yes">
        <source>Delete this manifest and its %n tag(s)?</source>
        <translation>
            <numerusform>Delete this manifest and its %n tag?</numerusform>
            <numerusform>Delete this manifest and its %n tags?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The manifest %1 stays with its other %n tag(s): %2</source>
        <translation>
            <numerusform>The manifest %1 stays with its other %n tag: %2</numerusform>
            <numerusform>The manifest %1 stays with its other %n tags: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n manifest(s)?</source>
        <translation>
            <numerusform>Delete %n manifest?</numerusform>
            <numerusform>Delete %n manifests?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n manifest(s).</source>
        <translation>
            <numerusform>Deleted %n manifest.</numerusform>
            <numerusform>Deleted %n manifests.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blob(s) moved, %1 already there, %2 in %3 s</source>
        <translation>
            <numerusform>%n blob moved, %1 already there, %2 in %3 s</numerusform>
            <numerusform>%n blobs moved, %1 already there, %2 in %3 s</numerusform>
        </translation>
    </message>
</context>
</TS>
