<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AnnotateActions</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/annotate_actions.py" line="+118"/>
        <source>Tag %n comment(s) with…</source>
        <translation>
            <numerusform>Tag %n comment with…</numerusform>
            <numerusform>Tag %n comments with…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Tag %n article(s) with…</source>
        <translation>
            <numerusform>Tag %n article with…</numerusform>
            <numerusform>Tag %n articles with…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Remove a tag from %n comment(s)</source>
        <translation>
            <numerusform>Remove a tag from %n comment</numerusform>
            <numerusform>Remove a tag from %n comments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Remove a tag from %n article(s)</source>
        <translation>
            <numerusform>Remove a tag from %n article</numerusform>
            <numerusform>Remove a tag from %n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>Tag this comment and its %n replies with…</source>
        <translation>
            <numerusform>Tag this comment and its %n reply with…</numerusform>
            <numerusform>Tag this comment and its %n replies with…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Annotations</name>
    <message numerus="yes">
        <location filename="../../desktop/store/annotations.py" line="+958"/>
        <source>Tag %n article(s) with {tag}</source>
        <translation>
            <numerusform>Tag %n article with {tag}</numerusform>
            <numerusform>Tag %n articles with {tag}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Remove {tag} from %n article(s)</source>
        <translation>
            <numerusform>Remove {tag} from %n article</numerusform>
            <numerusform>Remove {tag} from %n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Tag %n comment(s) with {tag}</source>
        <translation>
            <numerusform>Tag %n comment with {tag}</numerusform>
            <numerusform>Tag %n comments with {tag}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Remove {tag} from %n comment(s)</source>
        <translation>
            <numerusform>Remove {tag} from %n comment</numerusform>
            <numerusform>Remove {tag} from %n comments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>Tag a thread of %n comment(s) with {tag}</source>
        <translation>
            <numerusform>Tag a thread of %n comment with {tag}</numerusform>
            <numerusform>Tag a thread of %n comments with {tag}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Remove {tag} from a thread of %n comment(s)</source>
        <translation>
            <numerusform>Remove {tag} from a thread of %n comment</numerusform>
            <numerusform>Remove {tag} from a thread of %n comments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AnnotationsBrowser</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/annotations_browser.py" line="+495"/>
        <source>%Ln note(s)</source>
        <translation>
            <numerusform>%Ln note</numerusform>
            <numerusform>%Ln notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln highlight(s)</source>
        <translation>
            <numerusform>%Ln highlight</numerusform>
            <numerusform>%Ln highlights</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArticleAnnotationsPanel</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/article_annotations_panel.py" line="+95"/>
        <source>{tag}  (%Ln comment(s))</source>
        <translation>
            <numerusform>{tag}  (%Ln comment)</numerusform>
            <numerusform>{tag}  (%Ln comments)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArticleListModel</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/article_list_model.py" line="+269"/>
        <source>%Ln comment(s)</source>
        <translation>
            <numerusform>%Ln comment</numerusform>
            <numerusform>%Ln comments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln unread</source>
        <comment>comments</comment>
        <translation>
            <numerusform>%Ln unread</numerusform>
            <numerusform>%Ln unread</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuthorProfile</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/author_profile.py" line="+453"/>
        <source>%Ln comment(s)</source>
        <translation>
            <numerusform>%Ln comment</numerusform>
            <numerusform>%Ln comments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>in %Ln article(s)</source>
        <translation>
            <numerusform>in %Ln article</numerusform>
            <numerusform>in %Ln articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+70"/>
        <source>%Ln replies</source>
        <translation>
            <numerusform>%Ln reply</numerusform>
            <numerusform>%Ln replies</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message numerus="yes">
        <location filename="../../desktop/store/backup.py" line="+441"/>
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln article</numerusform>
            <numerusform>%Ln articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln comment(s)</source>
        <translation>
            <numerusform>%Ln comment</numerusform>
            <numerusform>%Ln comments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln note(s)</source>
        <translation>
            <numerusform>%Ln note</numerusform>
            <numerusform>%Ln notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/backup_dialog.py" line="+74"/>
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln article</numerusform>
            <numerusform>%Ln articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%Ln note(s)</source>
        <translation>
            <numerusform>%Ln note</numerusform>
            <numerusform>%Ln notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampaignsWindow</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/campaigns_view.py" line="+627"/>
        <source>Tag the campaign&apos;s %n comment(s) with…</source>
        <translation>
            <numerusform>Tag the campaign&apos;s %n comment with…</numerusform>
            <numerusform>Tag the campaign&apos;s %n comments with…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/charts/models.py" line="+53"/>
        <source>%Ln comment(s)</source>
        <translation>
            <numerusform>%Ln comment</numerusform>
            <numerusform>%Ln comments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln article</numerusform>
            <numerusform>%Ln articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+193"/>
        <source>%Ln comment(s) without a time left out</source>
        <translation>
            <numerusform>%Ln comment without a time left out</numerusform>
            <numerusform>%Ln comments without a time left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+72"/>
        <source>%Ln article(s) with {size} comments</source>
        <translation>
            <numerusform>%Ln article with {size} comments</numerusform>
            <numerusform>%Ln articles with {size} comments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+58"/>
        <source>the {shown} most used of %Ln tag(s)</source>
        <translation>
            <numerusform>the {shown} most used of %Ln tag</numerusform>
            <numerusform>the {shown} most used of %Ln tags</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+72"/>
        <source>%Ln (person|people)</source>
        <translation>
            <numerusform>%Ln person</numerusform>
            <numerusform>%Ln people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>%Ln commenter(s)</source>
        <translation>
            <numerusform>%Ln commenter</numerusform>
            <numerusform>%Ln commenters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%Ln tagged comment(s)</source>
        <translation>
            <numerusform>%Ln tagged comment</numerusform>
            <numerusform>%Ln tagged comments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln tag(s)</source>
        <translation>
            <numerusform>%Ln tag</numerusform>
            <numerusform>%Ln tags</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln article(s) (carries|carry) a tag</source>
        <translation>
            <numerusform>%Ln article carries a tag</numerusform>
            <numerusform>%Ln articles carry a tag</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln highlight(s)</source>
        <translation>
            <numerusform>%Ln highlight</numerusform>
            <numerusform>%Ln highlights</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%Ln answer(s) received</source>
        <translation>
            <numerusform>%Ln answer received</numerusform>
            <numerusform>%Ln answers received</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%Ln (reply|replies)</source>
        <translation>
            <numerusform>%Ln reply</numerusform>
            <numerusform>%Ln replies</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoPostingModel</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/campaigns_view.py" line="-390"/>
        <source>Articles where both commented within %n minute(s) of each other</source>
        <translation>
            <numerusform>Articles where both commented within %n minute of each other</numerusform>
            <numerusform>Articles where both commented within %n minutes of each other</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommentDelegate</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/comment_view.py" line="+433"/>
        <source>[%Ln more character(s)]</source>
        <translation>
            <numerusform>[%Ln more character]</numerusform>
            <numerusform>[%Ln more characters]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%Ln replies</source>
        <translation>
            <numerusform>%Ln reply</numerusform>
            <numerusform>%Ln replies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln in this subthread</source>
        <translation>
            <numerusform>%Ln in this subthread</numerusform>
            <numerusform>%Ln in this subthread</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln hidden comment(s)</source>
        <translation>
            <numerusform>%Ln hidden comment</numerusform>
            <numerusform>%Ln hidden comments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommentTreeModel</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/comment_tree_model.py" line="+187"/>
        <source>%Ln replies</source>
        <translation>
            <numerusform>%Ln reply</numerusform>
            <numerusform>%Ln replies</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DataSize</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/i18n.py" line="+296"/>
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln byte</numerusform>
            <numerusform>%Ln bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/export_dialog.py" line="+135"/>
        <source>The selected articles (%n)</source>
        <translation>
            <numerusform>The selected articles (%n)</numerusform>
            <numerusform>The selected articles (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+203"/>
        <source>Exporting: {done} of %Ln article(s)</source>
        <translation>
            <numerusform>Exporting: {done} of %Ln article</numerusform>
            <numerusform>Exporting: {done} of %Ln articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln article</numerusform>
            <numerusform>%Ln articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln comment(s)</source>
        <translation>
            <numerusform>%Ln comment</numerusform>
            <numerusform>%Ln comments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/import_controller.py" line="+110"/>
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln article</numerusform>
            <numerusform>%Ln articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln comment(s)</source>
        <translation>
            <numerusform>%Ln comment</numerusform>
            <numerusform>%Ln comments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/import_report.py" line="+123"/>
        <location line="+97"/>
        <source>%Ln new article(s)</source>
        <translation>
            <numerusform>%Ln new article</numerusform>
            <numerusform>%Ln new articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-96"/>
        <location line="+101"/>
        <source>%Ln comment(s)</source>
        <translation>
            <numerusform>%Ln comment</numerusform>
            <numerusform>%Ln comments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-100"/>
        <source>from %Ln file(s)</source>
        <translation>
            <numerusform>from %Ln file</numerusform>
            <numerusform>from %Ln files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln article(s) already in the library got new comments from a newer scrape.</source>
        <translation>
            <numerusform>%Ln article already in the library got new comments from a newer scrape.</numerusform>
            <numerusform>%Ln articles already in the library got new comments from a newer scrape.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln article(s) were already in the library unchanged.</source>
        <translation>
            <numerusform>%Ln article was already in the library unchanged.</numerusform>
            <numerusform>%Ln articles were already in the library unchanged.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln file(s) had problems; see above.</source>
        <translation>
            <numerusform>%Ln file had problems; see above.</numerusform>
            <numerusform>%Ln files had problems; see above.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln file(s) had problems; see below.</source>
        <translation>
            <numerusform>%Ln file had problems; see below.</numerusform>
            <numerusform>%Ln files had problems; see below.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+46"/>
        <source>%Ln more note(s) are in the full report.</source>
        <translation>
            <numerusform>%Ln more note is in the full report.</numerusform>
            <numerusform>%Ln more notes are in the full report.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <location line="+52"/>
        <source>%Ln file(s) not read: neither text nor JSON-lines by their name:</source>
        <translation>
            <numerusform>%Ln file not read: neither text nor JSON-lines by its name:</numerusform>
            <numerusform>%Ln files not read: neither text nor JSON-lines by their name:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-17"/>
        <source>%Ln article(s) merged with a newer scrape</source>
        <translation>
            <numerusform>%Ln article merged with a newer scrape</numerusform>
            <numerusform>%Ln articles merged with a newer scrape</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln article(s) already in the library</source>
        <translation>
            <numerusform>%Ln article already in the library</numerusform>
            <numerusform>%Ln articles already in the library</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/main_window.py" line="+386"/>
        <source>%Ln article(s) tagged {tags}</source>
        <translation>
            <numerusform>%Ln article tagged {tags}</numerusform>
            <numerusform>%Ln articles tagged {tags}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/dashboard_link.py" line="+93"/>
        <location filename="../../desktop/ui/import_controller.py" line="+15"/>
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln article</numerusform>
            <numerusform>%Ln articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../../desktop/ui/import_controller.py" line="+1"/>
        <location filename="../../desktop/ui/main_window.py" line="+153"/>
        <source>%Ln comment(s)</source>
        <translation>
            <numerusform>%Ln comment</numerusform>
            <numerusform>%Ln comments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/main_window.py" line="+1"/>
        <source>%Ln person(s)</source>
        <translation>
            <numerusform>%Ln person</numerusform>
            <numerusform>%Ln people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>Starred %n article(s)</source>
        <translation>
            <numerusform>Starred %n article</numerusform>
            <numerusform>Starred %n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Unstarred %n article(s)</source>
        <translation>
            <numerusform>Unstarred %n article</numerusform>
            <numerusform>Unstarred %n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/export_dialog.py" line="+84"/>
        <source>Exported %Ln article(s) to {paths}</source>
        <translation>
            <numerusform>Exported %Ln article to {paths}</numerusform>
            <numerusform>Exported %Ln articles to {paths}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/note_editor.py" line="+420"/>
        <source>%Ln earlier note(s) not saved yet; retrying on the next save</source>
        <translation>
            <numerusform>%Ln earlier note not saved yet; retrying on the next save</numerusform>
            <numerusform>%Ln earlier notes not saved yet; retrying on the next save</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReaderPanel</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/reader_panel.py" line="+237"/>
        <source>%Ln comment(s)</source>
        <translation>
            <numerusform>%Ln comment</numerusform>
            <numerusform>%Ln comments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>from %Ln person(s)</source>
        <translation>
            <numerusform>from %Ln person</numerusform>
            <numerusform>from %Ln people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln unread</source>
        <comment>comments</comment>
        <translation>
            <numerusform>%Ln unread</numerusform>
            <numerusform>%Ln unread</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/search_panel.py" line="+106"/>
        <source>%Ln hit(s)</source>
        <translation>
            <numerusform>%Ln hit</numerusform>
            <numerusform>%Ln hits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+704"/>
        <source>in %Ln article(s)</source>
        <translation>
            <numerusform>in %Ln article</numerusform>
            <numerusform>in %Ln articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Showing the first {shown} of %Ln hit(s)</source>
        <translation>
            <numerusform>Showing the first {shown} of %Ln hit</numerusform>
            <numerusform>Showing the first {shown} of %Ln hits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Showing the first %Ln hit(s)</source>
        <translation>
            <numerusform>Showing the first %Ln hit</numerusform>
            <numerusform>Showing the first %Ln hits</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/sidebar.py" line="+141"/>
        <source>The %n most active commenters; right-click to sort by name</source>
        <translation>
            <numerusform>The %n most active commenter; right-click to sort by name</numerusform>
            <numerusform>The %n most active commenters; right-click to sort by name</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-74"/>
        <location line="+217"/>
        <source>%Ln comment(s)</source>
        <translation>
            <numerusform>%Ln comment</numerusform>
            <numerusform>%Ln comments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-219"/>
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln article</numerusform>
            <numerusform>%Ln articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln highlight(s)</source>
        <translation>
            <numerusform>%Ln highlight</numerusform>
            <numerusform>%Ln highlights</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln note(s)</source>
        <translation>
            <numerusform>%Ln note</numerusform>
            <numerusform>%Ln notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln sub-tag(s)</source>
        <translation>
            <numerusform>%Ln sub-tag</numerusform>
            <numerusform>%Ln sub-tags</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+212"/>
        <source>in %Ln article(s)</source>
        <translation>
            <numerusform>in %Ln article</numerusform>
            <numerusform>in %Ln articles</numerusform>
        </translation>
    </message>
</context>
</TS>
