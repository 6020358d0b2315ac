<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>Agreement</name>
    <message>
        <location filename="../../desktop/store/agreement.py" line="+182"/>
        <source>Agree on {tag}: has it</source>
        <translation>Согласовано по {tag}: есть</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agree on {tag}: has it not</source>
        <translation>Согласовано по {tag}: нет</translation>
    </message>
</context>
<context>
    <name>AgreementWindow</name>
    <message>
        <location filename="../../desktop/ui/agreement_window.py" line="+155"/>
        <source>Agreement</source>
        <translation>Согласие</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>You are coding blind (Only Mine). Agreement shows every chosen coder&apos;s codes side by side, the other coders&apos; too, so nothing is compared while you code blind.</source>
        <translation>Вы кодируете вслепую (Только мои). Согласие показывает коды всех выбранных кодировщиков рядом, в том числе чужие, поэтому при слепом кодировании ничего не сравнивается.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Show Everyone&apos;s Work and Compare</source>
        <translation>&amp;Показать работу всех и сравнить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ends blind coding: the main window shows all coders&apos; work again</source>
        <translation>Завершает слепое кодирование: главное окно снова показывает работу всех кодировщиков</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Coders to compare</source>
        <translation>Кодировщики для сравнения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Compare</source>
        <translation>&amp;Сравнить</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Agreement per tag</source>
        <translation>Согласие по тегам</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Disagreements: double-click to open the comment</source>
        <translation>Расхождения: двойной щелчок открывает комментарий</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agree on: has &amp;tag</source>
        <translation>Согласовать: &amp;тег есть</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record that the comment has the tag, as the consensus coder&apos;s code</source>
        <translation>Записать, что у комментария есть тег, как код согласованного кодировщика (consensus)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agree on: has &amp;not</source>
        <translation>Согласовать: тега &amp;нет</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record that the comment does not have the tag, as the consensus coder&apos;s code</source>
        <translation>Записать, что у комментария нет тега, как код согласованного кодировщика (consensus)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Coders:</source>
        <translation>Кодировщики:</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Comparing…</source>
        <translation>Сравнение…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Comments every chosen coder marked coded: {count}</source>
        <translation>Комментариев, отмеченных закодированными всеми выбранными кодировщиками: {count}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose at least two coders who marked work coded (Annotate &gt; Coded by Me).</source>
        <translation>Выберите хотя бы двух кодировщиков, отметивших работу как закодированную (Разметка &gt; Закодировано мной).</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The library is open read-only.</source>
        <translation>Библиотека открыта только для чтения.</translation>
    </message>
</context>
<context>
    <name>AnnotateActions</name>
    <message>
        <location filename="../../desktop/ui/annotate_actions.py" line="+53"/>
        <source>&amp;Tag…</source>
        <translation>&amp;Присвоить тег…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag the selected comments, or the selected articles</source>
        <translation>Присвоить тег выбранным комментариям или выбранным статьям</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag &amp;Subthread…</source>
        <translation>Тег для &amp;ветки…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag the current comment and every reply below it</source>
        <translation>Присвоить тег текущему комментарию и всем ответам под ним</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove Tag…</source>
        <translation>&amp;Снять тег…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Highlight Selection</source>
        <translation>В&amp;ыделить выбранное</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Highlight the selected text of the article or of a comment</source>
        <translation>Выделить выбранный текст статьи или комментария</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Highlight with T&amp;ag…</source>
        <translation>Выделить с &amp;тегом…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Highlight with &amp;Note</source>
        <translation>Выделить с &amp;заметкой</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Coded by &amp;Me</source>
        <translation>Закодировано &amp;мной</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the article, or the thread from the current comment, as finished by you: agreement counts only what every coder finished</source>
        <translation>Отметить статью или ветку от текущего комментария как законченную вами: согласие считается только по тому, что закончили все кодировщики</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select Text in Comment</source>
        <translation>Выбрать текст в комментарии</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the comment&apos;s text to select part of it</source>
        <translation>Открыть текст комментария, чтобы выбрать его часть</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Favourite Tag {slot}</source>
        <translation>Быстрый тег {slot}</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Select articles or comments to tag first.</source>
        <translation>Сначала выберите статьи или комментарии.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Tag %n comment(s) with…</source>
        <translation>
            <numerusform>Тег для %n комментария…</numerusform>
            <numerusform>Тег для %n комментариев…</numerusform>
            <numerusform>Тег для %n комментариев…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Tag %n article(s) with…</source>
        <translation>
            <numerusform>Тег для %n статьи…</numerusform>
            <numerusform>Тег для %n статей…</numerusform>
            <numerusform>Тег для %n статей…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Remove a tag from %n comment(s)</source>
        <translation>
            <numerusform>Снять тег с %n комментария</numerusform>
            <numerusform>Снять тег с %n комментариев</numerusform>
            <numerusform>Снять тег с %n комментариев</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Remove a tag from %n article(s)</source>
        <translation>
            <numerusform>Снять тег с %n статьи</numerusform>
            <numerusform>Снять тег с %n статей</numerusform>
            <numerusform>Снять тег с %n статей</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Only other coders put {tag} there: Remove Tag takes off only your own.</source>
        <translation>Тег {tag} здесь поставили только другие кодировщики: «Снять тег» снимает только ваши.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{tag} is not on the selection: nothing to remove.</source>
        <translation>Тега {tag} нет на выбранном: снимать нечего.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Select the comment whose subthread to tag.</source>
        <translation>Выберите комментарий, ветке которого нужно присвоить тег.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Tag this comment and its %n replies with…</source>
        <translation>
            <numerusform>Тег для этого комментария и %n ответа на него…</numerusform>
            <numerusform>Тег для этого комментария и %n ответов на него…</numerusform>
            <numerusform>Тег для этого комментария и %n ответов на него…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No tag on key {key} yet: right-click a tag in the sidebar &gt; Favourite Key.</source>
        <translation>На клавише {key} пока нет тега: щёлкните тег на боковой панели правой кнопкой &gt; Быстрая клавиша.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Open an article first.</source>
        <translation>Сначала откройте статью.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Select some text first: in the article, or in a comment opened with F2 or a double-click.</source>
        <translation>Сначала выберите текст: в статье или в комментарии, открытом клавишей F2 или двойным щелчком.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Highlight with the tag…</source>
        <translation>Выделить с тегом…</translation>
    </message>
</context>
<context>
    <name>AnnotationController</name>
    <message>
        <location filename="../../desktop/ui/annotation_controller.py" line="+121"/>
        <source>The library is open read-only ({reason}).</source>
        <translation>Библиотека открыта только для чтения ({reason}).</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>{reason} The undo history was cleared.</source>
        <translation>{reason} История отмены очищена.</translation>
    </message>
</context>
<context>
    <name>AnnotationTableModel</name>
    <message>
        <location filename="../../desktop/ui/annotations_browser.py" line="+53"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
</context>
<context>
    <name>Annotations</name>
    <message>
        <location filename="../../desktop/store/annotations.py" line="+382"/>
        <source>the annotations have changed since; this step can no longer be undone or redone</source>
        <translation>аннотации с тех пор изменились; этот шаг больше нельзя отменить или повторить</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>other annotations now depend on this step; undo them first</source>
        <translation>от этого шага теперь зависят другие аннотации; сначала отмените их</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>this step can no longer be undone or redone: {error}</source>
        <translation>этот шаг больше нельзя отменить или повторить: {error}</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>a tag needs a name</source>
        <translation>у тега должно быть название</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a tag name cannot contain &apos;/&apos;: {name} (use move to change the parent)</source>
        <translation>название тега не может содержать «/»: {name} (чтобы сменить родительский тег, переместите его)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a tag name cannot contain control characters</source>
        <translation>название тега не может содержать управляющие символы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a tag name has at most {limit} characters</source>
        <translation>название тега может содержать не более {limit} символов</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not a tag path: {path}</source>
        <translation>это не путь тега: {path}</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>tag {tag} already exists</source>
        <translation>тег {tag} уже существует</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Create tag {tag}</source>
        <translation>создание тега {tag}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>there is already a tag {tag}</source>
        <translation>тег {tag} уже есть</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rename tag {tag} to {name}</source>
        <translation>переименование тега {tag} в {name}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Recolour tag {tag}</source>
        <translation>смена цвета тега {tag}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot move {tag} below itself</source>
        <translation>нельзя переместить {tag} внутрь самого себя</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>there is already a tag {tag}: merge them instead</source>
        <translation>тег {tag} уже есть: лучше объедините их</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Move tag {tag} to the top</source>
        <translation>перемещение тега {tag} на верхний уровень</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move tag {tag} to {parent}</source>
        <translation>перемещение тега {tag} в {parent}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Put {tag} on key {key}</source>
        <translation>назначение тега {tag} на клавишу {key}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take {tag} off its key</source>
        <translation>снятие тега {tag} с клавиши</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Delete tag {tag}</source>
        <translation>удаление тега {tag}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>cannot merge {tag} into itself or a tag below it</source>
        <translation>нельзя объединить {tag} с самим собой или с вложенным в него тегом</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merge tag {tag} into {target}</source>
        <translation>объединение тега {tag} с {target}</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Mark article coded</source>
        <translation>Отметить статью как закодированную</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark thread coded</source>
        <translation>Отметить ветку как закодированную</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mark article not coded</source>
        <translation>Снять отметку «закодировано» со статьи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark thread not coded</source>
        <translation>Снять отметку «закодировано» с ветки</translation>
    </message>
    <message numerus="yes">
        <location line="+65"/>
        <source>Tag %n article(s) with {tag}</source>
        <translation>
            <numerusform>присвоение тега {tag} %n статье</numerusform>
            <numerusform>присвоение тега {tag} %n статьям</numerusform>
            <numerusform>присвоение тега {tag} %n статьям</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Remove {tag} from %n article(s)</source>
        <translation>
            <numerusform>снятие тега {tag} с %n статьи</numerusform>
            <numerusform>снятие тега {tag} с %n статей</numerusform>
            <numerusform>снятие тега {tag} с %n статей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Tag %n comment(s) with {tag}</source>
        <translation>
            <numerusform>присвоение тега {tag} %n комментарию</numerusform>
            <numerusform>присвоение тега {tag} %n комментариям</numerusform>
            <numerusform>присвоение тега {tag} %n комментариям</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Remove {tag} from %n comment(s)</source>
        <translation>
            <numerusform>снятие тега {tag} с %n комментария</numerusform>
            <numerusform>снятие тега {tag} с %n комментариев</numerusform>
            <numerusform>снятие тега {tag} с %n комментариев</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>Tag a thread of %n comment(s) with {tag}</source>
        <translation>
            <numerusform>присвоение тега {tag} ветке из %n комментария</numerusform>
            <numerusform>присвоение тега {tag} ветке из %n комментариев</numerusform>
            <numerusform>присвоение тега {tag} ветке из %n комментариев</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Remove {tag} from a thread of %n comment(s)</source>
        <translation>
            <numerusform>снятие тега {tag} с ветки из %n комментария</numerusform>
            <numerusform>снятие тега {tag} с ветки из %n комментариев</numerusform>
            <numerusform>снятие тега {tag} с ветки из %n комментариев</numerusform>
        </translation>
    </message>
    <message>
        <location line="+220"/>
        <source>Highlight “{text}”</source>
        <translation>выделение «{text}»</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Remove highlight “{text}”</source>
        <translation>удаление выделения «{text}»</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Tag highlight</source>
        <translation>присвоение тега выделению</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Untag highlight</source>
        <translation>снятие тега с выделения</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>Edit note on article</source>
        <translation>изменение заметки к статье</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit note on comment</source>
        <translation>изменение заметки к комментарию</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit note on highlight</source>
        <translation>изменение заметки к выделению</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit note on author</source>
        <translation>изменение заметки о комментаторе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit note on tag</source>
        <translation>изменение заметки к тегу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit note on campaign</source>
        <translation>изменение заметки к кампании</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete note on article</source>
        <translation>удаление заметки к статье</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete note on comment</source>
        <translation>удаление заметки к комментарию</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete note on highlight</source>
        <translation>удаление заметки к выделению</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete note on author</source>
        <translation>удаление заметки о комментаторе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete note on tag</source>
        <translation>удаление заметки к тегу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete note on campaign</source>
        <translation>удаление заметки к кампании</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Edit note</source>
        <translation>изменение заметки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete note</source>
        <translation>удаление заметки</translation>
    </message>
    <message>
        <location line="+170"/>
        <source>Article: {label}</source>
        <translation>Статья: {label}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment by {label}</source>
        <comment>the label is “handle: the comment&apos;s start”</comment>
        <translation>Комментарий {label}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Highlight: {label}</source>
        <translation>Выделение: {label}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commenter: {label}</source>
        <translation>Комментатор: {label}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag: {label}</source>
        <translation>Тег: {label}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign: {label}</source>
        <translation>Кампания: {label}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>article (deleted)</source>
        <translation>статья (удалена)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>comment (deleted)</source>
        <translation>комментарий (удалён)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>highlight (deleted)</source>
        <translation>выделение (удалено)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>author (deleted)</source>
        <translation>комментатор (удалён)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tag (deleted)</source>
        <translation>тег (удалён)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>campaign (dissolved)</source>
        <translation>кампания (распалась)</translation>
    </message>
</context>
<context>
    <name>AnnotationsBrowser</name>
    <message>
        <location filename="../../desktop/ui/annotations_browser.py" line="+7"/>
        <source>Highlight in article</source>
        <translation>Выделение в статье</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Highlight in comment</source>
        <translation>Выделение в комментарии</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note on article</source>
        <translation>Заметка к статье</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note on comment</source>
        <translation>Заметка к комментарию</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note on highlight</source>
        <translation>Заметка к выделению</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note on commenter</source>
        <translation>Заметка о комментаторе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note on tag</source>
        <translation>Заметка к тегу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note on campaign</source>
        <translation>Заметка к кампании</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deleted article: {label}</source>
        <translation>Удалённая статья: {label}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted comment: {label}</source>
        <translation>Удалённый комментарий: {label}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted highlight: {label}</source>
        <translation>Удалённое выделение: {label}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted commenter: {label}</source>
        <translation>Удалённый комментатор: {label}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted tag: {label}</source>
        <translation>Удалённый тег: {label}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dissolved campaign: {label}</source>
        <translation>Распавшаяся кампания: {label}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Detached: the article this was on has been deleted ({label}).</source>
        <translation>Без привязки: статья, к которой это относилось, удалена ({label}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detached: the comment this was on has been deleted ({label}).</source>
        <translation>Без привязки: комментарий, к которому это относилось, удалён ({label}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detached: the highlight this was on has been deleted ({label}).</source>
        <translation>Без привязки: выделение, к которому это относилось, удалено ({label}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Detached: the commenter this was on has been deleted ({label}).</source>
        <translation>Без привязки: комментатор, к которому это относилось, удалён ({label}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Detached: the tag this was on has been deleted ({label}).</source>
        <translation>Без привязки: тег, к которому это относилось, удалён ({label}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detached: the campaign this was on is no longer found by the analysis ({label}).</source>
        <translation>Без привязки: кампанию, к которой это относилось, анализ больше не находит ({label}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This note is on a commenter, not in an article: there is nothing to open.</source>
        <translation>Эта заметка о комментаторе, а не о статье: открывать нечего.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This note is on a tag, not in an article: there is nothing to open.</source>
        <translation>Эта заметка относится к тегу, а не к статье: открывать нечего.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This note is on a campaign, not in an article: View &gt; Campaigns shows it.</source>
        <translation>Эта заметка относится к кампании, а не к статье: её показывает Вид &gt; Кампании.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Commenter {handle}</source>
        <translation>Комментатор {handle}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tag {tag}</source>
        <translation>Тег {tag}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Campaign {text}</source>
        <translation>Кампания {text}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{title} — comment by {handle}</source>
        <translation>{title} — комментарий {handle}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comment by {handle}</source>
        <translation>Комментарий {handle}</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>Tag</source>
        <translation>Тег</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Commenter</source>
        <translation>Комментатор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any commenter</source>
        <translation>Любой комментатор</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search notes and highlights</source>
        <translation>Поиск по заметкам и выделениям</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show &amp;detached</source>
        <translation>Показывать без &amp;привязки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes and highlights whose article, comment or tag was deleted</source>
        <translation>Заметки и выделения, чья статья, комментарий или тег удалены</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Tag:</source>
        <translation>&amp;Тег:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Commenter:</source>
        <translation>&amp;Комментатор:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Te&amp;xt:</source>
        <translation>Те&amp;кст:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Notes and highlights</source>
        <translation>Заметки и выделения</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The selected annotation</source>
        <translation>Выбранная заметка или выделение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a row to read the whole note or highlight.</source>
        <translation>Выберите строку, чтобы прочитать заметку или выделение целиком.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Any tag</source>
        <translation>Любой тег</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No commenter “{handle}”.</source>
        <translation>Комментатора «{handle}» нет.</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%Ln note(s)</source>
        <translation>
            <numerusform>%Ln заметка</numerusform>
            <numerusform>%Ln заметки</numerusform>
            <numerusform>%Ln заметок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln highlight(s)</source>
        <translation>
            <numerusform>%Ln выделение</numerusform>
            <numerusform>%Ln выделения</numerusform>
            <numerusform>%Ln выделений</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter or double-click opens the source</source>
        <translation>Enter или двойной щелчок открывает источник</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Tags: {tags}</source>
        <translation>Теги: {tags}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Note:</source>
        <translation>Заметка:</translation>
    </message>
</context>
<context>
    <name>ArticleAnnotationsPanel</name>
    <message>
        <location filename="../../desktop/ui/article_annotations_panel.py" line="+22"/>
        <source>on article</source>
        <translation>к статье</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on comment</source>
        <translation>к комментарию</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on highlight</source>
        <translation>к выделению</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on commenter</source>
        <translation>о комментаторе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on tag</source>
        <translation>к тегу</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Annotations in this article</source>
        <translation>Разметка в этой статье</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No article selected.</source>
        <translation>Статья не выбрана.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Tags ({article} on the article, {comments} on comments)</source>
        <translation>Теги (на статье: {article}, на комментариях: {comments})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{tag}  (article)</source>
        <translation>{tag}  (статья)</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>{tag}  (%Ln comment(s))</source>
        <translation>
            <numerusform>{tag}  (%Ln комментарий)</numerusform>
            <numerusform>{tag}  (%Ln комментария)</numerusform>
            <numerusform>{tag}  (%Ln комментариев)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Highlights ({count})</source>
        <translation>Выделения ({count})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>article</source>
        <comment>a highlight in it</comment>
        <translation>в статье</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>comment</source>
        <comment>a highlight in it</comment>
        <translation>в комментарии</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>[text changed since]</source>
        <translation>[текст с тех пор изменился]</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Notes ({count})</source>
        <translation>Заметки ({count})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing annotated in this article yet.</source>
        <translation>В этой статье пока ничего не размечено.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click an entry to show it.</source>
        <translation>Щёлкните запись, чтобы показать её.</translation>
    </message>
</context>
<context>
    <name>ArticleListModel</name>
    <message>
        <location filename="../../desktop/ui/article_list_model.py" line="+74"/>
        <source>Starred</source>
        <translation>Избранное</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Article title</source>
        <translation>Заголовок статьи</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Comments</source>
        <translation>Комментарии</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of comments</source>
        <translation>Число комментариев</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unread</source>
        <translation>Непрочит.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unread comments</source>
        <translation>Непрочитанные комментарии</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Distinct commenters</source>
        <translation>Разные комментаторы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First comment</source>
        <translation>Первый</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time of the first comment</source>
        <translation>Время первого комментария</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last comment</source>
        <translation>Последний</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time of the latest comment</source>
        <translation>Время последнего комментария</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imported</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When the article was imported</source>
        <translation>Когда статья импортирована</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source file or URL</source>
        <translation>Исходный файл или URL</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replies</source>
        <translation>Ответы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comments that answer another comment</source>
        <translation>Комментарии, отвечающие на другой комментарий</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Depth</source>
        <translation>Глубина</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deepest level of the thread</source>
        <translation>Самый глубокий уровень ветки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lasted</source>
        <translation>Длилось</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From the first comment to the last</source>
        <translation>От первого комментария до последнего</translation>
    </message>
    <message>
        <location line="+156"/>
        <source>unread</source>
        <translation>не прочитана</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>starred</source>
        <translation>в избранном</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln comment(s)</source>
        <translation>
            <numerusform>%Ln комментарий</numerusform>
            <numerusform>%Ln комментария</numerusform>
            <numerusform>%Ln комментариев</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln unread</source>
        <comment>comments</comment>
        <translation>
            <numerusform>%Ln непрочитанный</numerusform>
            <numerusform>%Ln непрочитанных</numerusform>
            <numerusform>%Ln непрочитанных</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>last comment {time}</source>
        <translation>последний комментарий {time}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{minutes} min</source>
        <translation>{minutes} мин</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} ч {minutes} мин</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{days} d {hours} h</source>
        <translation>{days} дн. {hours} ч</translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message>
        <location filename="../../desktop/ui/article_view.py" line="+23"/>
        <source>Article</source>
        <translation>Статья</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Select an article to read it.</source>
        <translation>Выберите статью, чтобы её прочитать.</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Photos: {credit}</source>
        <translation>Фото: {credit}</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Highlight</source>
        <translation>Выделение</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>published {date}</source>
        <translation>опубликовано {date}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>imported {date}</source>
        <translation>импортировано {date}</translation>
    </message>
</context>
<context>
    <name>AuthorCommentDelegate</name>
    <message>
        <location filename="../../desktop/ui/author_profile.py" line="+212"/>
        <source>(untitled)</source>
        <translation>(без заголовка)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>(empty comment)</source>
        <translation>(пустой комментарий)</translation>
    </message>
</context>
<context>
    <name>AuthorProfile</name>
    <message>
        <location line="-171"/>
        <source>Click a commenter&apos;s name to see their profile</source>
        <translation>Щёлкните имя комментатора, чтобы увидеть его профиль</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>time unknown</source>
        <translation>время неизвестно</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Top-level comment</source>
        <translation>Комментарий верхнего уровня</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>someone</source>
        <translation>кому-то</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In reply to {who}: {line}</source>
        <translation>В ответ {who}: {line}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In reply to {who}</source>
        <translation>В ответ {who}</translation>
    </message>
    <message>
        <location line="+203"/>
        <source>Back to the previous profile</source>
        <translation>Назад к предыдущему профилю</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Handle</source>
        <translation>Ник</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to the Article</source>
        <translation>Назад к статье</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the profile and show the article again (Esc)</source>
        <translation>Закрыть профиль и вернуться к статье (Esc)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Display names</source>
        <translation>Отображаемые имена</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Activity</source>
        <translation>Активность</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Replies most to</source>
        <translation>Чаще всего отвечает</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replied to most by</source>
        <translation>Чаще всего ему отвечают</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+2"/>
        <source>Tags on their comments</source>
        <translation>Теги на его комментариях</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Campaigns</source>
        <translation>Кампании</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+138"/>
        <source>Comments, newest first</source>
        <translation>Комментарии, сначала новые</translation>
    </message>
    <message>
        <location line="-127"/>
        <source>Their comments</source>
        <translation>Его комментарии</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>This commenter is no longer in the library</source>
        <translation>Этого комментатора больше нет в библиотеке</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Commenter: {handle}</source>
        <translation>Комментатор: {handle}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Display names: {names}</source>
        <translation>Отображаемые имена: {names}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No display name other than the handle</source>
        <translation>Нет отображаемого имени, кроме ника</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln comment(s)</source>
        <translation>
            <numerusform>%Ln комментарий</numerusform>
            <numerusform>%Ln комментария</numerusform>
            <numerusform>%Ln комментариев</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>in %Ln article(s)</source>
        <translation>
            <numerusform>в %Ln статье</numerusform>
            <numerusform>в %Ln статьях</numerusform>
            <numerusform>в %Ln статьях</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>first seen {time}</source>
        <translation>впервые {time}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>last seen {time}</source>
        <translation>последний раз {time}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>None yet</source>
        <translation>Пока нет</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Comments, newest first ({count})</source>
        <translation>Комментарии, сначала новые ({count})</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Near-duplicates of their comments by: {handles}</source>
        <translation>Почти дубликаты их комментариев писали: {handles}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Comments within minutes of: {handles}</source>
        <translation>Комментирует в пределах минут от: {handles}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{handle} ({articles} articles)</source>
        <translation>{handle} (статей: {articles})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None found (View &gt; Campaigns analyses the library)</source>
        <translation>Ничего не найдено (Вид &gt; Кампании анализирует библиотеку)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Commenter</source>
        <translation>Комментатор</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Nobody</source>
        <translation>Никто</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%Ln replies</source>
        <translation>
            <numerusform>%Ln ответ</numerusform>
            <numerusform>%Ln ответа</numerusform>
            <numerusform>%Ln ответов</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the profile of {handle}</source>
        <translation>Показать профиль {handle}</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <location filename="../../desktop/store/backup.py" line="+137"/>
        <source>cannot read it: {reason}</source>
        <translation>не удаётся прочитать: {reason}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>SQLite cannot open it: {error}</source>
        <translation>SQLite не может её открыть: {error}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>made by a newer Glossa</source>
        <translation>создана более новой версией Glossa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a Glossa library</source>
        <translation>не библиотека Glossa</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>damaged: {problem}</source>
        <translation>повреждена: {problem}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The backup {name} cannot be used: {reason}.</source>
        <translation>Резервную копию {name} нельзя использовать: {reason}.</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>There is no library at {path}.</source>
        <translation>По пути {path} нет библиотеки.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>The compressed backup does not read back as written. Older backups were kept.</source>
        <translation>Сжатая резервная копия читается не так, как была записана. Прежние копии сохранены.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The library looks damaged: its backup fails SQLite&apos;s quick_check ({problems}). Older backups were kept.</source>
        <translation>Похоже, библиотека повреждена: её резервная копия не проходит проверку SQLite quick_check ({problems}). Прежние резервные копии сохранены.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The library looks damaged: its backup cannot be read ({error}). Older backups were kept.</source>
        <translation>Похоже, библиотека повреждена: её резервную копию не удаётся прочитать ({error}). Прежние резервные копии сохранены.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The backup does not match the library: the copy holds {copied}, the library {expected}. Older backups were kept.</source>
        <translation>Резервная копия не совпадает с библиотекой: в копии {copied}, а в библиотеке {expected}. Прежние резервные копии сохранены.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln статья</numerusform>
            <numerusform>%Ln статьи</numerusform>
            <numerusform>%Ln статей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln comment(s)</source>
        <translation>
            <numerusform>%Ln комментарий</numerusform>
            <numerusform>%Ln комментария</numerusform>
            <numerusform>%Ln комментариев</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln note(s)</source>
        <translation>
            <numerusform>%Ln заметка</numerusform>
            <numerusform>%Ln заметки</numerusform>
            <numerusform>%Ln заметок</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>schema version {version}</source>
        <translation>версия схемы {version}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Glossa could not back up the library into {folder}: {reason}</source>
        <translation>Glossa не удалось сделать резервную копию библиотеки в {folder}: {reason}</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Glossa could not read the library to back it up: {error}</source>
        <translation>Glossa не удалось прочитать библиотеку для резервного копирования: {error}</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>A library cannot be restored from itself.</source>
        <translation>Библиотеку нельзя восстановить из неё самой.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Glossa could not restore the backup: {reason}</source>
        <translation>Glossa не удалось восстановить резервную копию: {reason}</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../desktop/ui/backup_dialog.py" line="+57"/>
        <source>Backup</source>
        <translation>Резервная копия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before restore</source>
        <translation>Перед восстановлением</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before upgrade</source>
        <translation>Перед обновлением</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>an unknown number of articles</source>
        <translation>неизвестное число статей</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln статья</numerusform>
            <numerusform>%Ln статьи</numerusform>
            <numerusform>%Ln статей</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>an unknown number of notes</source>
        <translation>неизвестное число заметок</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln note(s)</source>
        <translation>
            <numerusform>%Ln заметка</numerusform>
            <numerusform>%Ln заметки</numerusform>
            <numerusform>%Ln заметок</numerusform>
        </translation>
    </message>
    <message>
        <location line="+161"/>
        <source>The backup failed: {error}</source>
        <translation>Резервное копирование не удалось: {error}</translation>
    </message>
</context>
<context>
    <name>BackupRunner</name>
    <message>
        <location line="+29"/>
        <source>The library is open read-only ({reason}): back up the file by copying it while Glossa is closed.</source>
        <translation>Библиотека открыта только для чтения ({reason}): сделайте копию файла, когда Glossa закрыта.</translation>
    </message>
</context>
<context>
    <name>BackupTableModel</name>
    <message>
        <location line="-179"/>
        <source>Made</source>
        <translation>Создана</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Articles</source>
        <translation>Статьи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>OK</source>
        <translation>В порядке</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cannot be used: {reason}</source>
        <translation>Нельзя использовать: {reason}</translation>
    </message>
</context>
<context>
    <name>CampaignListModel</name>
    <message>
        <location filename="../../desktop/ui/campaigns_view.py" line="+109"/>
        <source>Comments</source>
        <translation>Комментарии</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handles</source>
        <translation>Ники</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Articles</source>
        <translation>Статьи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First</source>
        <translation>Первый</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last</source>
        <translation>Последний</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Burst</source>
        <translation>Всплеск</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>burst</source>
        <translation>всплеск</translation>
    </message>
</context>
<context>
    <name>Campaigns</name>
    <message>
        <location filename="../../desktop/store/campaigns.py" line="+54"/>
        <source>{login} is running the campaign analysis of this library now: try again when it has finished (the kept results can be read meanwhile).</source>
        <translation>{login} сейчас выполняет анализ кампаний этой библиотеки: попробуйте снова, когда он закончится (сохранённые результаты можно читать и сейчас).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another coder is running the campaign analysis of this library now: try again when it has finished (the kept results can be read meanwhile).</source>
        <translation>Другой кодировщик сейчас выполняет анализ кампаний этой библиотеки: попробуйте снова, когда он закончится (сохранённые результаты можно читать и сейчас).</translation>
    </message>
</context>
<context>
    <name>CampaignsWindow</name>
    <message>
        <location filename="../../desktop/ui/campaigns_view.py" line="+181"/>
        <location line="+39"/>
        <source>Campaigns</source>
        <translation>Кампании</translation>
    </message>
    <message>
        <location line="-31"/>
        <location line="+3"/>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two handles comment together when they comment on an article within this time of each other</source>
        <translation>Два ника комментируют вместе, когда пишут к одной статье в пределах этого времени друг от друга</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Analyse</source>
        <translation>&amp;Анализировать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Similarity:</source>
        <translation>Сходство:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>At least handles:</source>
        <translation>Не меньше ников:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Burst window:</source>
        <translation>Окно всплеска:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co-posting window:</source>
        <translation>Окно совместных комментариев:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Campaign text</source>
        <translation>Текст кампании</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Comments of the campaign</source>
        <translation>Комментарии кампании</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tag Campaign…</source>
        <translation>&amp;Тег для кампании…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note…</source>
        <translation>&amp;Заметка…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a note on this campaign in the Note panel</source>
        <translation>Написать заметку к этой кампании на панели «Заметка»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Near-duplicates</source>
        <translation>Почти дубликаты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co-posting</source>
        <translation>Совместные комментарии</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>The library is open read-only ({reason}): the analysis is kept in the library, so it cannot run.</source>
        <translation>Библиотека открыта только для чтения ({reason}): анализ хранится в библиотеке, поэтому его нельзя запустить.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+44"/>
        <source>Comparing comments…</source>
        <translation>Сравнение комментариев…</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Reading the kept results…</source>
        <translation>Чтение сохранённых результатов…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Reading comments: {done} of {total}</source>
        <translation>Чтение комментариев: {done} из {total}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Not analysed yet: Analyse compares every comment of the library.</source>
        <translation>Анализа ещё не было: «Анализировать» сравнит все комментарии библиотеки.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{campaigns} campaigns, {pairs} pairs of handles commenting together</source>
        <translation>Кампаний: {campaigns}; пар ников, комментирующих вместе: {pairs}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another coder&apos;s analysis finished: {results}</source>
        <translation>Анализ другого кодировщика завершён: {results}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cancelled; what was read is kept for the next analysis.</source>
        <translation>Отменено; прочитанное сохранено для следующего анализа.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The analysis failed: {reason}</source>
        <translation>Анализ не удался: {reason}</translation>
    </message>
    <message numerus="yes">
        <location line="+59"/>
        <source>Tag the campaign&apos;s %n comment(s) with…</source>
        <translation>
            <numerusform>Тег для %n комментария кампании…</numerusform>
            <numerusform>Тег для %n комментариев кампании…</numerusform>
            <numerusform>Тег для %n комментариев кампании…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Tag the campaign with a new tag</source>
        <translation>Новый тег для кампании</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Gephi graph (*.gexf)</source>
        <translation>Граф Gephi (*.gexf)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>GraphML graph (*.graphml)</source>
        <translation>Граф GraphML (*.graphml)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV tables (*.csv)</source>
        <translation>Таблицы CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+17"/>
        <source>Export Campaigns</source>
        <translation>Экспорт кампаний</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exported to {path}</source>
        <translation>Экспортировано в {path}</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <location filename="../../desktop/ui/charts/panel.py" line="+64"/>
        <source>Save Chart as &amp;PNG…</source>
        <translation>Сохранить диаграмму как &amp;PNG…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save Chart as &amp;SVG…</source>
        <translation>Сохранить диаграмму как &amp;SVG…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save Numbers as &amp;CSV…</source>
        <translation>Сохранить числа как &amp;CSV…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this chart as an image, or its numbers as CSV</source>
        <translation>Сохранить диаграмму как изображение или её числа как CSV</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Computing…</source>
        <translation>Вычисление…</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>PNG image (*.png)</source>
        <translation>Изображение PNG (*.png)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SVG drawing (*.svg)</source>
        <translation>Рисунок SVG (*.svg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV table (*.csv)</source>
        <translation>Таблица CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+10"/>
        <source>Save Chart</source>
        <translation>Сохранить диаграмму</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>The chart could not be saved.</source>
        <translation>Не удалось сохранить диаграмму.</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <location filename="../../desktop/ui/charts/models.py" line="+39"/>
        <source>Comments per hour</source>
        <translation>Комментарии по часам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comments per day</source>
        <translation>Комментарии по дням</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comments per week</source>
        <translation>Комментарии по неделям</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comments per month</source>
        <translation>Комментарии по месяцам</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No comments</source>
        <translation>Нет комментариев</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No comment has a time</source>
        <translation>Ни у одного комментария нет времени</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No two tags occur together yet</source>
        <translation>Пока нет тегов, которые встречаются вместе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>comments</source>
        <comment>an axis, a series</comment>
        <translation>комментарии</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>articles</source>
        <comment>an axis, a series</comment>
        <translation>статьи</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln comment(s)</source>
        <translation>
            <numerusform>%Ln комментарий</numerusform>
            <numerusform>%Ln комментария</numerusform>
            <numerusform>%Ln комментариев</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln статья</numerusform>
            <numerusform>%Ln статьи</numerusform>
            <numerusform>%Ln статей</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+229"/>
        <source>{count} ({share:.1%})</source>
        <translation>{count} ({share:.1%})</translation>
    </message>
    <message>
        <location line="-187"/>
        <source>No data</source>
        <translation>Нет данных</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>{day:%a %d %b %Y}</source>
        <comment>a date, in strftime codes</comment>
        <translation>{day:%a %d %b %Y}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{start:%a %d %b %Y, %H:00}–{end:%H:00}</source>
        <comment>an hour, in strftime codes</comment>
        <translation>{start:%a %d %b %Y, %H:00}–{end:%H:00}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Week of {day:%d %b %Y}</source>
        <translation>Неделя с {day:%d %b %Y}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{month:%B %Y}</source>
        <comment>a month, in strftime codes</comment>
        <translation>{month:%B %Y}</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%Ln comment(s) without a time left out</source>
        <translation>
            <numerusform>%Ln комментарий без времени не учтён</numerusform>
            <numerusform>%Ln комментария без времени не учтены</numerusform>
            <numerusform>%Ln комментариев без времени не учтены</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{start:%b %Y}</source>
        <comment>an axis label, in strftime codes</comment>
        <translation>{start:%b %Y}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{start:%d %b %H:%M}</source>
        <comment>an axis label, in strftime codes</comment>
        <translation>{start:%d %b %H:%M}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{start:%H:%M}</source>
        <comment>an axis label, in strftime codes</comment>
        <translation>{start:%H:%M}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{start:%d %b %Y}</source>
        <comment>an axis label, in strftime codes</comment>
        <translation>{start:%d %b %Y}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{start:%d %b}</source>
        <comment>an axis label, in strftime codes</comment>
        <translation>{start:%d %b}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Activity by hour of day</source>
        <translation>Активность по часам суток</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hour</source>
        <comment>an axis</comment>
        <translation>час</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>local time as printed</source>
        <translation>местное время, как в тексте</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Top commenters</source>
        <translation>Самые активные комментаторы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>commenter</source>
        <comment>an axis</comment>
        <translation>комментатор</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Article {id}</source>
        <translation>Статья {id}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Most discussed articles</source>
        <translation>Самые обсуждаемые статьи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>article</source>
        <comment>an axis</comment>
        <translation>статья</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%Ln article(s) with {size} comments</source>
        <translation>
            <numerusform>%Ln статья с {size} комментариями</numerusform>
            <numerusform>%Ln статьи с {size} комментариями</numerusform>
            <numerusform>%Ln статей с {size} комментариями</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Threads by size</source>
        <translation>Обсуждения по размеру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>comments in the thread</source>
        <comment>an axis</comment>
        <translation>комментариев в обсуждении</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No articles</source>
        <translation>Нет статей</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>top level</source>
        <translation>верхний уровень</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>depth {depth} and deeper</source>
        <translation>глубина {depth} и больше</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+203"/>
        <source>depth {depth}</source>
        <translation>глубина {depth}</translation>
    </message>
    <message>
        <location line="-198"/>
        <source>Thread depth</source>
        <translation>Глубина обсуждения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>depth (1 = top level)</source>
        <comment>an axis</comment>
        <translation>глубина (1 = верхний уровень)</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+35"/>
        <source>on {count}</source>
        <comment>on 3 comments</comment>
        <translation>{count}</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>in {count}</source>
        <comment>in 3 articles</comment>
        <translation>{count}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Tag frequencies</source>
        <translation>Частота тегов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tag</source>
        <comment>an axis</comment>
        <translation>тег</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>count</source>
        <comment>an axis</comment>
        <translation>количество</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No tags used yet</source>
        <translation>Теги пока не использовались</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>the {shown} most used of %Ln tag(s)</source>
        <translation>
            <numerusform>{shown} самых частых из %Ln тега</numerusform>
            <numerusform>{shown} самых частых из %Ln тегов</numerusform>
            <numerusform>{shown} самых частых из %Ln тегов</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>together on {count}</source>
        <translation>вместе: {count}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>diagonal: how often each tag occurs</source>
        <translation>по диагонали: как часто встречается каждый тег</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tags on the same comment</source>
        <translation>Теги в одном комментарии</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags on the same article</source>
        <translation>Теги в одной статье</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Articles commented on most</source>
        <translation>Статьи, где у комментатора больше всего комментариев</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>This article has no comments in the library</source>
        <translation>У этой статьи нет комментариев в библиотеке</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Comments in the thread</source>
        <translation>Комментарии в обсуждении</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln (person|people)</source>
        <translation>
            <numerusform>%Ln человек</numerusform>
            <numerusform>%Ln человека</numerusform>
            <numerusform>%Ln человек</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+42"/>
        <source>Different commenters</source>
        <translation>Разные комментаторы</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Comments that answer another comment</source>
        <translation>Комментарии, отвечающие на другой комментарий</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The deepest reply (1 = top-level comments only)</source>
        <translation>Самый глубокий ответ (1 = только комментарии верхнего уровня)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>first comment after {duration}</source>
        <translation>первый комментарий через {duration}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From the article&apos;s published time to its first comment</source>
        <translation>От публикации статьи до первого комментария</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>first reply after {duration}</source>
        <translation>первый ответ через {duration}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From the first comment to the first reply (the article&apos;s published time is not known)</source>
        <translation>От первого комментария до первого ответа (время публикации статьи неизвестно)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>lasted {duration}</source>
        <translation>длилось {duration}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From the first comment to the last</source>
        <translation>От первого комментария до последнего</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>top 3 wrote {share:.0%}</source>
        <translation>топ-3 написали {share:.0%}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of the comments written by the three most active commenters</source>
        <translation>Доля комментариев, написанных тремя самыми активными комментаторами</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{count:,} of them with comments</source>
        <translation>из них с комментариями: {count:,}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count:,} of them replies</source>
        <translation>из них ответов: {count:,}</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%Ln commenter(s)</source>
        <translation>
            <numerusform>%Ln комментатор</numerusform>
            <numerusform>%Ln комментатора</numerusform>
            <numerusform>%Ln комментаторов</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>median thread {median:g}</source>
        <translation>медиана обсуждения: {median:g}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comments per article with comments; the largest has {count:,}</source>
        <translation>Комментариев на статью с комментариями; в самом большом обсуждении — {count:,}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The deepest reply in the library</source>
        <translation>Самый глубокий ответ в библиотеке</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The first and the last comment</source>
        <translation>Первый и последний комментарий</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln tagged comment(s)</source>
        <translation>
            <numerusform>%Ln комментарий с тегом</numerusform>
            <numerusform>%Ln комментария с тегом</numerusform>
            <numerusform>%Ln комментариев с тегом</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln tag(s)</source>
        <translation>
            <numerusform>%Ln тег</numerusform>
            <numerusform>%Ln тега</numerusform>
            <numerusform>%Ln тегов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln article(s) (carries|carry) a tag</source>
        <translation>
            <numerusform>%Ln статья с тегом</numerusform>
            <numerusform>%Ln статьи с тегом</numerusform>
            <numerusform>%Ln статей с тегом</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln highlight(s)</source>
        <translation>
            <numerusform>%Ln выделение</numerusform>
            <numerusform>%Ln выделения</numerusform>
            <numerusform>%Ln выделений</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Comments by this commenter</source>
        <translation>Комментарии этого комментатора</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Articles they commented on</source>
        <translation>Прокомментированные статьи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their comments that answer another comment</source>
        <translation>Комментарии этого комментатора в ответ на другие</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln answer(s) received</source>
        <translation>
            <numerusform>получен %Ln ответ</numerusform>
            <numerusform>получено %Ln ответа</numerusform>
            <numerusform>получено %Ln ответов</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comments answering theirs</source>
        <translation>Ответы на комментарии этого комментатора</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Their first and last comment</source>
        <translation>Первый и последний комментарий этого комментатора</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{handle} ({replies})</source>
        <translation>{handle} ({replies})</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln (reply|replies)</source>
        <translation>
            <numerusform>%Ln ответ</numerusform>
            <numerusform>%Ln ответа</numerusform>
            <numerusform>%Ln ответов</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{first:%d %b %Y} – {last:%d %b %Y}</source>
        <comment>two dates, in strftime codes</comment>
        <translation>{first:%d %b %Y} – {last:%d %b %Y}</translation>
    </message>
</context>
<context>
    <name>CoPostingModel</name>
    <message>
        <location filename="../../desktop/ui/campaigns_view.py" line="-460"/>
        <location line="+1"/>
        <source>Handle</source>
        <translation>Ник</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Together</source>
        <translation>Вместе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared articles</source>
        <translation>Общие статьи</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>Articles where both commented within %n minute(s) of each other</source>
        <translation>
            <numerusform>Статьи, где оба прокомментировали в пределах %n минуты друг от друга</numerusform>
            <numerusform>Статьи, где оба прокомментировали в пределах %n минут друг от друга</numerusform>
            <numerusform>Статьи, где оба прокомментировали в пределах %n минут друг от друга</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoderRename</name>
    <message>
        <location filename="../../desktop/ui/coder_rename.py" line="+25"/>
        <location line="+17"/>
        <source>Your Coder Name</source>
        <translation>Ваше имя кодировщика</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Your earlier tags, highlights and notes in this library are recorded as “{old}”. Record them as “{new}” too?</source>
        <translation>Ваши прежние метки, выделения и заметки в этой библиотеке записаны на «{old}». Записать их и на «{new}»?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep them apart if “{old}” is another person who coded here before you.</source>
        <translation>Оставьте их отдельно, если «{old}» — другой человек, кодировавший здесь до вас.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rename “{old}” to “{new}”</source>
        <translation>Переименовать «{old}» в «{new}»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep Them Apart</source>
        <translation>Оставить отдельно</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The coder could not be renamed: {reason}</source>
        <translation>Не удалось переименовать кодировщика: {reason}</translation>
    </message>
</context>
<context>
    <name>Coders</name>
    <message>
        <location filename="../../desktop/store/coders.py" line="+52"/>
        <source>a coder needs a name</source>
        <translation>у кодировщика должно быть имя</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a coder name cannot contain control characters</source>
        <translation>имя кодировщика не может содержать управляющие символы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a coder name has at most {limit} characters</source>
        <translation>имя кодировщика — не длиннее {limit} символов</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>there is a coder called {name} already</source>
        <translation>кодировщик с именем {name} уже есть</translation>
    </message>
</context>
<context>
    <name>CommentDelegate</name>
    <message>
        <location filename="../../desktop/ui/comment_view.py" line="+270"/>
        <source>in a campaign</source>
        <translation>в кампании</translation>
    </message>
    <message>
        <location line="+161"/>
        <source>(empty comment)</source>
        <translation>(пустой комментарий)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>[%Ln more character(s)]</source>
        <translation>
            <numerusform>[ещё %Ln символ]</numerusform>
            <numerusform>[ещё %Ln символа]</numerusform>
            <numerusform>[ещё %Ln символов]</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>time unknown</source>
        <translation>время неизвестно</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cut short in the scrape</source>
        <translation>обрезан при сборе</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%Ln replies</source>
        <translation>
            <numerusform>%Ln ответ</numerusform>
            <numerusform>%Ln ответа</numerusform>
            <numerusform>%Ln ответов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln in this subthread</source>
        <translation>
            <numerusform>%Ln в этой ветке</numerusform>
            <numerusform>%Ln в этой ветке</numerusform>
            <numerusform>%Ln в этой ветке</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln hidden comment(s)</source>
        <translation>
            <numerusform>%Ln скрытый комментарий</numerusform>
            <numerusform>%Ln скрытых комментария</numerusform>
            <numerusform>%Ln скрытых комментариев</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommentTextEditor</name>
    <message>
        <location line="-360"/>
        <source>Comment text</source>
        <translation>Текст комментария</translation>
    </message>
</context>
<context>
    <name>CommentTreeModel</name>
    <message>
        <location filename="../../desktop/ui/comment_tree_model.py" line="+183"/>
        <source>unread</source>
        <translation>не прочитан</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>time unknown</source>
        <translation>время неизвестно</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln replies</source>
        <translation>
            <numerusform>%Ln ответ</numerusform>
            <numerusform>%Ln ответа</numerusform>
            <numerusform>%Ln ответов</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>tagged {tags}</source>
        <translation>теги: {tags}</translation>
    </message>
</context>
<context>
    <name>CommentTreeView</name>
    <message>
        <location filename="../../desktop/ui/comment_view.py" line="+396"/>
        <source>Comments</source>
        <translation>Комментарии</translation>
    </message>
</context>
<context>
    <name>Copy</name>
    <message>
        <location filename="../../desktop/store/copy.py" line="+52"/>
        <source>A library cannot be copied into itself.</source>
        <translation>Библиотеку нельзя скопировать саму в себя.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The destination already holds a library ({held}): copy into a new file or an empty database.</source>
        <translation>Место назначения уже содержит библиотеку ({held}): копируйте в новый файл или пустую базу данных.</translation>
    </message>
</context>
<context>
    <name>DamagedLibraryBox</name>
    <message>
        <location filename="../../desktop/ui/backup_dialog.py" line="+171"/>
        <source>The library is damaged</source>
        <translation>Библиотека повреждена</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The newest good backup was made {time} ({articles}, {notes}). Restoring it keeps the damaged file as a backup too.</source>
        <translation>Последняя исправная резервная копия создана {time} ({articles}, {notes}). При её восстановлении повреждённый файл тоже сохранится как резервная копия.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restore the Backup of {date}…</source>
        <translation>Восстановить копию от {date}…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No good backup of this library was found.</source>
        <translation>Исправной резервной копии этой библиотеки не найдено.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open Read-Only</source>
        <translation>Открыть только для чтения</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../desktop/ui/charts/dashboard.py" line="+38"/>
        <source>Auto</source>
        <translation>Авто</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hour</source>
        <translation>Час</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Week</source>
        <translation>Неделя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Time buckets of the comments-over-time chart</source>
        <translation>Интервалы времени на диаграмме комментариев по времени</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time unit</source>
        <translation>Единица времени</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compute the figures again</source>
        <translation>Вычислить показатели заново</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Time &amp;unit:</source>
        <translation>&amp;Единица времени:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Figures</source>
        <translation>Показатели</translation>
    </message>
    <message>
        <location line="+71"/>
        <location line="+15"/>
        <source>Computing…</source>
        <translation>Вычисление…</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Article</source>
        <translation>Статья</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commenter</source>
        <translation>Комментатор</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+71"/>
        <source>Library {name}</source>
        <translation>Библиотека {name}</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>The figures could not be computed</source>
        <translation>Не удалось вычислить показатели</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The figures could not be computed.</source>
        <translation>Не удалось вычислить показатели.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Computed in {seconds} s</source>
        <translation>Вычислено за {seconds} с</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It is no longer in the library.</source>
        <translation>Этого больше нет в библиотеке.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Tags count only your own work (blind coding); View &gt; Coders &gt; All Coders counts everyone&apos;s.</source>
        <translation>Теги учитывают только вашу работу (слепое кодирование); Вид &gt; Кодировщики &gt; Все кодировщики учитывает работу всех.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags count only {coder}&apos;s work.</source>
        <translation>Теги учитывают только работу кодировщика {coder}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Article {id}</source>
        <translation>Статья {id}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Commenter {id}</source>
        <translation>Комментатор {id}</translation>
    </message>
</context>
<context>
    <name>DataSize</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/i18n.py" line="+296"/>
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln байт</numerusform>
            <numerusform>%Ln байта</numerusform>
            <numerusform>%Ln байт</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Decoding</name>
    <message>
        <location filename="../../desktop/ingest/decode.py" line="+27"/>
        <source>truncated inside a multi-byte character at the end</source>
        <translation>обрезан в конце посреди многобайтового символа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only whitespace</source>
        <translation>только пробельные символы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not text in any known encoding</source>
        <translation>не текст ни в одной известной кодировке</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>empty file</source>
        <translation>пустой файл</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>binary data, not text</source>
        <translation>двоичные данные, а не текст</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>{count} control characters removed</source>
        <translation>удалено управляющих символов: {count}</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>mixed encodings: {count} of {total} lines read as {encoding}</source>
        <translation>смешанные кодировки: строк, прочитанных как {encoding}: {count} из {total}</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>no readable text</source>
        <translation>нет читаемого текста</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{count} undecodable bytes replaced</source>
        <translation>заменено нераспознанных байтов: {count}</translation>
    </message>
</context>
<context>
    <name>DisagreementModel</name>
    <message>
        <location filename="../../desktop/ui/agreement_window.py" line="-200"/>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tag</source>
        <translation>Тег</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreed</source>
        <translation>Согласовано</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+1"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+1"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <location filename="../../desktop/durations.py" line="+16"/>
        <source>{seconds} s</source>
        <translation>{seconds} с</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{minutes} min</source>
        <translation>{minutes} мин</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} ч {minutes} мин</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{hours} h</source>
        <translation>{hours} ч</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{days} d {hours} h</source>
        <translation>{days} дн. {hours} ч</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{weeks} w {days} d</source>
        <translation>{weeks} нед. {days} дн.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{weeks} w</source>
        <translation>{weeks} нед.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{days} d</source>
        <translation>{days} дн.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../desktop/exporting/files.py" line="+25"/>
        <source>the export was cancelled; nothing was written</source>
        <translation>экспорт отменён; ничего не записано</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{files} already exists</source>
        <translation>{files} уже существует</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{files} already exist</source>
        <translation>{files} уже существуют</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot write {path}: there is no folder {folder}</source>
        <translation>не удаётся записать {path}: папки {folder} нет</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot write {path}: {reason}</source>
        <translation>не удаётся записать {path}: {reason}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{path} is a folder</source>
        <translation>{path} — это папка</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desktop/ui/export_dialog.py" line="+46"/>
        <source>Glossa JSON (*.json)</source>
        <translation>Glossa JSON (*.json)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>REFI-QDA project (*.qdpx)</source>
        <translation>Проект REFI-QDA (*.qdpx)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>JSON (Glossa, lossless)</source>
        <translation>JSON (Glossa, без потерь)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV (spreadsheets, pandas, R)</source>
        <translation>CSV (электронные таблицы, pandas, R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markdown report</source>
        <translation>Отчёт в Markdown</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>REFI-QDA project (.qdpx)</source>
        <translation>Проект REFI-QDA (.qdpx)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>These files exist already:</source>
        <translation>Эти файлы уже существуют:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace them with the export?</source>
        <translation>Заменить их экспортом?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace files?</source>
        <translation>Заменить файлы?</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Format:</source>
        <translation>&amp;Формат:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What to export</source>
        <translation>Что экспортировать</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The whole library</source>
        <translation>Всю библиотеку</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The selected articles (%n)</source>
        <translation>
            <numerusform>Выбранную статью (%n)</numerusform>
            <numerusform>Выбранные статьи (%n)</numerusform>
            <numerusform>Выбранные статьи (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The selected articles (none)</source>
        <translation>Выбранные статьи (не выбраны)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The current search results: “{query}”</source>
        <translation>Текущие результаты поиска: «{query}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The current search results (no search)</source>
        <translation>Текущие результаты поиска (поиска нет)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Everything tagged {tags} (with the tags below)</source>
        <translation>Всё с тегами {tags} (и тегами под ними)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything carrying a tag (no tag chosen)</source>
        <translation>Всё с тегом (тег не выбран)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Pseudonymise commenters (handles and names become “Commenter 17”)</source>
        <translation>&amp;Псевдонимизировать комментаторов (ники и имена станут «Commenter 17»)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a byte-order mark so &amp;Excel reads the CSV as UTF-8</source>
        <translation>Добавить &amp;метку порядка байтов, чтобы Excel читал CSV как UTF-8</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each &amp;comment also as a source of its own (REFI-QDA, to analyse per comment)</source>
        <translation>Каждый &amp;комментарий — ещё и отдельный источник (REFI-QDA, для анализа по комментариям)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You are coding blind (Only Mine): the export holds only your own codings, notes, highlights and coded marks, and no agreement table.</source>
        <translation>Вы кодируете вслепую (Только мои): экспорт содержит только ваши коды, заметки, выделения и отметки «закодировано», без таблицы согласия.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only {coder}&apos;s codings, notes, highlights and coded marks are exported, as the window shows them.</source>
        <translation>Экспортируются только коды, заметки, выделения и отметки «закодировано» кодировщика {coder}, как их показывает окно.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Destination</source>
        <translation>Место сохранения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose where to save the export</source>
        <translation>Выберите, куда сохранить экспорт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+67"/>
        <source>&amp;Save to:</source>
        <translation>&amp;Сохранить в:</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>E&amp;xport</source>
        <translation>&amp;Экспортировать</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save into folder (or NAME.csv):</source>
        <translation>&amp;Сохранить в папку (или ИМЯ.csv):</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Export CSV files into a folder</source>
        <translation>Экспортировать файлы CSV в папку</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export to</source>
        <translation>Экспортировать в</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Nothing was exported: the files are still as they were.</source>
        <translation>Ничего не экспортировано: файлы остались прежними.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Exporting…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Exporting: {done} of %Ln article(s)</source>
        <translation>
            <numerusform>Экспорт: {done} из %Ln статьи</numerusform>
            <numerusform>Экспорт: {done} из %Ln статей</numerusform>
            <numerusform>Экспорт: {done} из %Ln статей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln статья</numerusform>
            <numerusform>%Ln статьи</numerusform>
            <numerusform>%Ln статей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln comment(s)</source>
        <translation>
            <numerusform>%Ln комментарий</numerusform>
            <numerusform>%Ln комментария</numerusform>
            <numerusform>%Ln комментариев</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported {articles} and {comments} ({scope}) to:</source>
        <translation>Экспортировано: {articles} и {comments} ({scope}) в:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export finished</source>
        <translation>Экспорт завершён</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The export failed: {reason}</source>
        <translation>Экспорт не удался: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The export failed; nothing was written.</source>
        <translation>Экспорт не удался; ничего не записано.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export failed</source>
        <translation>Экспорт не удался</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancelled: nothing was written.</source>
        <translation>Отменено: ничего не записано.</translation>
    </message>
</context>
<context>
    <name>ExportScope</name>
    <message>
        <location filename="../../desktop/exporting/scope.py" line="+99"/>
        <source>whole library</source>
        <translation>вся библиотека</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>there is no article {ids}</source>
        <translation>нет статьи {ids}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>articles {ids}</source>
        <translation>статьи {ids}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>search: {query}</source>
        <translation>поиск: {query}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>there is no tag {ids}</source>
        <translation>нет тега {ids}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no tag was given</source>
        <translation>тег не указан</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>tag: {tags}</source>
        <translation>тег: {tags}</translation>
    </message>
</context>
<context>
    <name>Glossa</name>
    <message>
        <location filename="../../desktop/app.py" line="+197"/>
        <location line="+25"/>
        <source>A backup is already running.</source>
        <translation>Резервное копирование уже идёт.</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+44"/>
        <source>Backed up: {name}</source>
        <translation>Резервная копия создана: {name}</translation>
    </message>
    <message>
        <location line="-38"/>
        <location line="+45"/>
        <source>The backup failed.</source>
        <translation>Резервное копирование не удалось.</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Daily backup failed: {reason}</source>
        <translation>Ежедневное резервное копирование не удалось: {reason}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Back up the server library into a file</source>
        <translation>Сохранить копию серверной библиотеки в файл</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Backing up…</source>
        <translation>Создаётся копия…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A library on a server is restored by its administrator, or from a library file with `glossa copy FILE SERVER` into an empty database.</source>
        <translation>Библиотеку на сервере восстанавливает её администратор, или из файла библиотеки командой `glossa copy ФАЙЛ СЕРВЕР` в пустую базу данных.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Wait for the import or backup to finish first.</source>
        <translation>Сначала дождитесь окончания импорта или резервного копирования.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The restore failed; the library is as it was.</source>
        <translation>Восстановление не удалось; библиотека осталась прежней.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Glossa cannot reopen the library.</source>
        <translation>Glossa не может снова открыть библиотеку.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restored from the backup.</source>
        <translation>Восстановлено из резервной копии.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>There is no library at {path}.</source>
        <translation>По пути {path} нет библиотеки.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+42"/>
        <source>Wait for the import to finish first.</source>
        <translation>Сначала дождитесь окончания импорта.</translation>
    </message>
    <message>
        <location line="-36"/>
        <location line="+203"/>
        <source>Glossa cannot open {path}.</source>
        <translation>Glossa не может открыть {path}.</translation>
    </message>
    <message>
        <location line="-192"/>
        <location line="+159"/>
        <source>Glossa cannot open that library.</source>
        <translation>Glossa не может открыть эту библиотеку.</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>the library is damaged</source>
        <translation>библиотека повреждена</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>Glossa cannot create the folder for {path}.</source>
        <translation>Glossa не может создать папку для {path}.</translation>
    </message>
    <message>
        <location line="-353"/>
        <location line="+369"/>
        <source>Glossa cannot open the library.</source>
        <translation>Glossa не может открыть библиотеку.</translation>
    </message>
</context>
<context>
    <name>GlossaImport</name>
    <message>
        <location filename="../../desktop/ingest/glossa_export.py" line="+169"/>
        <source>{what} is not text</source>
        <translation>{what}: ожидался текст</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{what} is too large</source>
        <translation>{what}: слишком большое число</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{what} is not a whole number</source>
        <translation>{what}: ожидалось целое число</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{what} is not a list</source>
        <translation>{what}: ожидался список</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{what} is not an object</source>
        <translation>{what}: ожидался объект</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>posted_at {value} is not a time</source>
        <translation>posted_at: {value} — не дата и время</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+181"/>
        <source>a coder</source>
        <translation>кодировщик</translation>
    </message>
    <message>
        <location filename="../../desktop/store/glossa_json.py" line="+87"/>
        <source>a coder: {error}</source>
        <translation>кодировщик: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/ingest/glossa_export.py" line="-171"/>
        <source>a note</source>
        <translation>заметка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a note&apos;s text</source>
        <translation>текст заметки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a note&apos;s revisions</source>
        <translation>история заметки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a revision</source>
        <translation>версия из истории заметки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a revision&apos;s text</source>
        <translation>текст версии из истории заметки</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+118"/>
        <source>a tag</source>
        <translation>тег</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a tag&apos;s path</source>
        <translation>путь тега</translation>
    </message>
    <message>
        <location filename="../../desktop/store/glossa_json.py" line="+83"/>
        <source>tag {tag}: {problem}</source>
        <translation>тег {tag}: {problem}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>tag {tag}: key {key} stays with the tag that has it</source>
        <translation>тег {tag}: клавиша {key} остаётся за тегом, которому она уже назначена</translation>
    </message>
    <message>
        <location filename="../../desktop/ingest/glossa_export.py" line="+4"/>
        <source>a tag&apos;s notes</source>
        <translation>заметки тега</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an author</source>
        <translation>автор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an author&apos;s handle</source>
        <translation>ник автора</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an author without a handle</source>
        <translation>автор без ника</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an author&apos;s aliases</source>
        <translation>отображаемые имена автора</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>a display name</source>
        <translation>отображаемое имя</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an author&apos;s notes</source>
        <translation>заметки об авторе</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>an article</source>
        <translation>статья</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>a coding</source>
        <translation>кодирование</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>a highlight</source>
        <translation>выделение</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a highlight&apos;s start</source>
        <translation>начало выделения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a highlight&apos;s end</source>
        <translation>конец выделения</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a highlight from {start} to {end}</source>
        <translation>выделение от {start} до {end}: неверные границы</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a highlight&apos;s text</source>
        <translation>текст выделения</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a highlight&apos;s notes</source>
        <translation>заметки к выделению</translation>
    </message>
    <message>
        <location line="+159"/>
        <source>detached notes</source>
        <translation>заметки без привязки</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>a detached note</source>
        <translation>заметка без привязки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a note&apos;s target_kind</source>
        <translation>target_kind заметки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a note on {kind}</source>
        <translation>заметка к объекту неизвестного вида {kind}</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+19"/>
        <source>a note&apos;s label</source>
        <translation>подпись заметки</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>detached highlights</source>
        <translation>выделения без привязки</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>a detached highlight</source>
        <translation>выделение без привязки</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a highlight on {kind}</source>
        <translation>выделение в объекте неизвестного вида {kind}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a highlight&apos;s label</source>
        <translation>подпись выделения</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a campaign</source>
        <translation>кампания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a campaign&apos;s notes</source>
        <translation>заметки к кампании</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>a comment</source>
        <translation>комментарий</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a comment&apos;s author</source>
        <translation>автор комментария</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>comment {number} has no author</source>
        <translation>у комментария {number} нет автора</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a comment&apos;s body</source>
        <translation>текст комментария</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a paragraph</source>
        <translation>абзац</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a warning</source>
        <translation>предупреждение</translation>
    </message>
    <message>
        <location filename="../../desktop/store/glossa_json.py" line="+254"/>
        <source>a Glossa export of version {version}; this Glossa reads version {readable}</source>
        <translation>экспорт Glossa версии {version}; эта версия Glossa читает версию {readable}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a pseudonymised export: its commenters are “Commenter N”, not this library&apos;s names</source>
        <translation>экспорт с псевдонимами: комментаторы в нём — «Commenter N», а не имена из этой библиотеки</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>article {number} ({title}): {problem}</source>
        <translation>статья {number} ({title}): {problem}</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>detached notes and highlights: {problem}</source>
        <translation>заметки и выделения без привязки: {problem}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>notes on campaigns: {problem}</source>
        <translation>заметки к кампаниям: {problem}</translation>
    </message>
    <message>
        <location filename="../../desktop/ingest/glossa_export.py" line="+74"/>
        <source>not a usable Glossa export: {problem}</source>
        <translation>непригодный экспорт Glossa: {problem}</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../../desktop/ingest/report.py" line="+24"/>
        <location filename="../../desktop/store/glossa_json.py" line="-46"/>
        <source>cancelled</source>
        <translation>отменено</translation>
    </message>
    <message>
        <location filename="../../desktop/ingest/walk.py" line="+32"/>
        <source>a named pipe (FIFO)</source>
        <translation>именованный канал (FIFO)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a socket</source>
        <translation>сокет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a character device</source>
        <translation>символьное устройство</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a block device</source>
        <translation>блочное устройство</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>cannot read folder: {reason}</source>
        <translation>не удаётся прочитать папку: {reason}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>no such file or folder</source>
        <translation>нет такого файла или папки</translation>
    </message>
    <message>
        <location filename="../../desktop/ingest/importer.py" line="+197"/>
        <location filename="../../desktop/ingest/parallel.py" line="+85"/>
        <source>not a regular file: {kind}</source>
        <translation>не обычный файл: {kind}</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../desktop/ingest/parallel.py" line="+4"/>
        <source>cannot read: {reason}</source>
        <translation>не удаётся прочитать: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/ingest/walk.py" line="+28"/>
        <source>a folder</source>
        <translation>папка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a special file</source>
        <translation>специальный файл</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>too large to read whole: {size} MB, and the most Glossa reads whole is {limit} MB (a JSON-lines dump, one record per line, may be any size)</source>
        <translation>слишком большой, чтобы прочитать целиком: {size} МБ, а Glossa читает целиком не более {limit} МБ (дамп JSON Lines, по записи на строку, может быть любого размера)</translation>
    </message>
    <message>
        <location filename="../../desktop/ingest/formats/json_lines.py" line="+65"/>
        <source>records on lines {first}-{last}</source>
        <translation>записи в строках {first}–{last}</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>no &apos;text&apos; field</source>
        <translation>нет поля «text»</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no text in its &apos;text&apos; field</source>
        <translation>в поле «text» нет текста</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>not valid JSON: {error}</source>
        <translation>некорректный JSON: {error}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>item {number}: not a JSON object</source>
        <translation>элемент {number}: не объект JSON</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>line {number}: longer than {limit} MB, not read</source>
        <translation>строка {number}: длиннее {limit} МБ, не прочитана</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>line {number}: not valid JSON</source>
        <translation>строка {number}: некорректный JSON</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>line {number}: not a JSON object</source>
        <translation>строка {number}: не объект JSON</translation>
    </message>
    <message>
        <location filename="../../desktop/ingest/report.py" line="+366"/>
        <source>not imported: the import stopped before this file: {reason}</source>
        <translation>не импортирован: импорт остановился до этого файла: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/store/batches.py" line="+266"/>
        <source>could not import: {reason}</source>
        <translation>не удалось импортировать: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/ingest/formats/json_lines.py" line="+40"/>
        <source>record on line {number}</source>
        <translation>запись в строке {number}</translation>
    </message>
    <message>
        <location filename="../../desktop/store/batches.py" line="+5"/>
        <source>{what}: {problem}</source>
        <translation>{what}: {problem}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{title}: {warning}</source>
        <translation>{title}: {warning}</translation>
    </message>
    <message>
        <location filename="../../desktop/ingest/formats/glossa_library.py" line="+55"/>
        <source>an SQLite database of another program, not a Glossa library</source>
        <translation>база данных SQLite другой программы, а не библиотека Glossa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a library of an older Glossa: open it once with this Glossa, which upgrades it, then merge it</source>
        <translation>библиотека более старой Glossa: откройте её один раз этой Glossa, которая её обновит, затем выполните слияние</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a library copy being merged</source>
        <translation>копия библиотеки при слиянии</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a library this Glossa can merge: {reason}</source>
        <translation>не библиотека, которую эта Glossa может слить: {reason}</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <location filename="../../desktop/ui/import_controller.py" line="+81"/>
        <source>Preparing the import…</source>
        <translation>Подготовка импорта…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Importing</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cancelling after the current file…</source>
        <translation>Отмена после текущего файла…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>File {number} of {total}: {name}</source>
        <translation>Файл {number} из {total}: {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{articles} and {comments} imported so far</source>
        <translation>Пока импортировано: {articles} и {comments}</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln статья</numerusform>
            <numerusform>%Ln статьи</numerusform>
            <numerusform>%Ln статей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln comment(s)</source>
        <translation>
            <numerusform>%Ln комментарий</numerusform>
            <numerusform>%Ln комментария</numerusform>
            <numerusform>%Ln комментариев</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <location filename="../../desktop/ui/import_report.py" line="+122"/>
        <source>{articles} and {comments} imported {from_files}.</source>
        <translation>Импортировано: {articles} и {comments} {from_files}.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location line="+97"/>
        <source>%Ln new article(s)</source>
        <translation>
            <numerusform>%Ln новая статья</numerusform>
            <numerusform>%Ln новые статьи</numerusform>
            <numerusform>%Ln новых статей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-96"/>
        <location line="+101"/>
        <source>%Ln comment(s)</source>
        <translation>
            <numerusform>%Ln комментарий</numerusform>
            <numerusform>%Ln комментария</numerusform>
            <numerusform>%Ln комментариев</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-100"/>
        <source>from %Ln file(s)</source>
        <translation>
            <numerusform>из %Ln файла</numerusform>
            <numerusform>из %Ln файлов</numerusform>
            <numerusform>из %Ln файлов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln article(s) already in the library got new comments from a newer scrape.</source>
        <translation>
            <numerusform>%Ln статья, уже бывшая в библиотеке, получила новые комментарии из более свежего сбора.</numerusform>
            <numerusform>%Ln статьи, уже бывшие в библиотеке, получили новые комментарии из более свежего сбора.</numerusform>
            <numerusform>%Ln статей, уже бывших в библиотеке, получили новые комментарии из более свежего сбора.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln article(s) were already in the library unchanged.</source>
        <translation>
            <numerusform>%Ln статья уже была в библиотеке без изменений.</numerusform>
            <numerusform>%Ln статьи уже были в библиотеке без изменений.</numerusform>
            <numerusform>%Ln статей уже были в библиотеке без изменений.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln file(s) had problems; see above.</source>
        <translation>
            <numerusform>С %Ln файлом возникли проблемы, подробности выше.</numerusform>
            <numerusform>С %Ln файлами возникли проблемы, подробности выше.</numerusform>
            <numerusform>С %Ln файлами возникли проблемы, подробности выше.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln file(s) had problems; see below.</source>
        <translation>
            <numerusform>С %Ln файлом возникли проблемы, подробности ниже.</numerusform>
            <numerusform>С %Ln файлами возникли проблемы, подробности ниже.</numerusform>
            <numerusform>С %Ln файлами возникли проблемы, подробности ниже.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The import was cancelled: everything imported before that is kept; the rest was not imported.</source>
        <translation>Импорт отменён: всё импортированное до этого сохранено, остальное не импортировано.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The import stopped: {reason} Everything imported before that is kept.</source>
        <translation>Импорт остановлен: {reason} Всё импортированное до этого сохранено.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The full report, {path}, stops short: {reason}. What it misses is shown here.</source>
        <translation>Полный отчёт ({path}) обрывается: {reason}. То, чего в нём нет, показано здесь.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No full report could be written: {reason}. Everything is shown here.</source>
        <translation>Полный отчёт записать не удалось: {reason}. Здесь показано всё.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The full report, every file and note included, is in {path}</source>
        <translation>Полный отчёт, со всеми файлами и замечаниями, находится в {path}</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+32"/>
        <source>SKIPPED</source>
        <translation>ПРОПУЩЕН</translation>
    </message>
    <message>
        <location line="-31"/>
        <location line="+32"/>
        <source>PROBLEM</source>
        <translation>ПРОБЛЕМА</translation>
    </message>
    <message>
        <location line="-31"/>
        <location line="+32"/>
        <source>note</source>
        <comment>a line of the import log</comment>
        <translation>заметка</translation>
    </message>
    <message numerus="yes">
        <location line="-18"/>
        <source>%Ln more note(s) are in the full report.</source>
        <translation>
            <numerusform>Ещё %Ln замечание — в полном отчёте.</numerusform>
            <numerusform>Ещё %Ln замечания — в полном отчёте.</numerusform>
            <numerusform>Ещё %Ln замечаний — в полном отчёте.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <location line="+52"/>
        <source>%Ln file(s) not read: neither text nor JSON-lines by their name:</source>
        <translation>
            <numerusform>Не прочитан %Ln файл: судя по имени, это не текст и не JSON-lines:</numerusform>
            <numerusform>Не прочитаны %Ln файла: судя по именам, это не текст и не JSON-lines:</numerusform>
            <numerusform>Не прочитано %Ln файлов: судя по именам, это не текст и не JSON-lines:</numerusform>
        </translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Nothing was skipped and nothing needed a note.</source>
        <translation>Ничего не пропущено, замечаний нет.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>ok</source>
        <comment>a line of the import log: a file imported whole</comment>
        <translation>готово</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Library: {path}</source>
        <translation>Библиотека: {path}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported from: {path}</source>
        <translation>Импортировано из: {path}</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%Ln article(s) merged with a newer scrape</source>
        <translation>
            <numerusform>%Ln статья объединена с более свежим сбором</numerusform>
            <numerusform>%Ln статьи объединены с более свежим сбором</numerusform>
            <numerusform>%Ln статей объединены с более свежим сбором</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln article(s) already in the library</source>
        <translation>
            <numerusform>%Ln статья уже была в библиотеке</numerusform>
            <numerusform>%Ln статьи уже были в библиотеке</numerusform>
            <numerusform>%Ln статей уже были в библиотеке</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <location line="-164"/>
        <location line="+148"/>
        <source>Import report</source>
        <translation>Отчёт об импорте</translation>
    </message>
    <message>
        <location line="-134"/>
        <source>Import details</source>
        <translation>Подробности импорта</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open Full Report</source>
        <translation>Открыть полный отчёт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open Folder</source>
        <translation>Открыть папку</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The import stopped because of an error. Everything imported before it was kept.</source>
        <translation>Импорт остановлен из-за ошибки. Всё импортированное до неё сохранено.</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <location filename="../../desktop/store/check.py" line="+54"/>
        <location filename="../../desktop/store/db.py" line="+198"/>
        <source>SQLite cannot read the library: {error}</source>
        <translation>SQLite не может прочитать библиотеку: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/store/db.py" line="-115"/>
        <source>{path} is damaged: {reason}. Glossa has not changed the file; restore it from a backup, or open it read-only to copy out what can still be read.</source>
        <translation>Файл {path} повреждён: {reason}. Glossa не изменяла файл; восстановите его из резервной копии или откройте только для чтения, чтобы скопировать то, что ещё читается.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>{path} is a folder, not a library file</source>
        <translation>{path} — это папка, а не файл библиотеки</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot create the folder for {path}: {reason}</source>
        <translation>не удаётся создать папку для {path}: {reason}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the library&apos;s disk is read-only</source>
        <translation>диск с библиотекой доступен только для чтения</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../desktop/store/server.py" line="+284"/>
        <source>{path} is not a usable Glossa library: {error}</source>
        <translation>Файл {path} нельзя использовать как библиотеку Glossa: {error}</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>opened read-only</source>
        <translation>открыта только для чтения</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>there is no library at {path}</source>
        <translation>по пути {path} нет библиотеки</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{path} was written by a newer Glossa (schema version {version})</source>
        <translation>Файл {path} записан более новой версией Glossa (версия схемы {version})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} needs an upgrade to this Glossa&apos;s schema, but it can only be opened read-only ({reason}). Copy it to a folder you can write to, or open it with the Glossa that made it.</source>
        <translation>Файл {path} нужно обновить до схемы этой версии Glossa, но его можно открыть только для чтения ({reason}). Скопируйте его в папку, доступную для записи, или откройте той версией Glossa, которой он создан.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>cannot create a library in {folder}: the folder is read-only</source>
        <translation>не удаётся создать библиотеку в {folder}: папка доступна только для чтения</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the library file is read-only</source>
        <translation>файл библиотеки доступен только для чтения</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the folder holding the library is read-only</source>
        <translation>папка с библиотекой доступна только для чтения</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SQLite&apos;s quick_check found: {problems}</source>
        <translation>проверка SQLite (quick_check) обнаружила: {problems}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SQLite cannot read it ({error})</source>
        <translation>SQLite не может его прочитать ({error})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot read {path}: {reason}</source>
        <translation>не удаётся прочитать {path}: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its first bytes are not an SQLite database&apos;s</source>
        <translation>его первые байты не похожи на начало базы данных SQLite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is not a Glossa library (not an SQLite database), or it is damaged</source>
        <translation>Файл {path} — не библиотека Glossa (не база данных SQLite) или он повреждён</translation>
    </message>
    <message>
        <location line="-216"/>
        <location line="+279"/>
        <location filename="../../desktop/store/server.py" line="-1"/>
        <source>cannot open {path}: {error}</source>
        <translation>не удаётся открыть {path}: {error}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{path} was written by a newer Glossa (schema version {version}; this Glossa knows up to {known}). Open it with a newer Glossa; it has not been changed.</source>
        <translation>Файл {path} записан более новой версией Glossa (версия схемы {version}; эта версия Glossa знает схемы до {known}). Откройте его более новой версией Glossa; файл не изменён.</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>its schema version ({version}) is not one Glossa writes</source>
        <translation>его версия схемы ({version}) не из тех, что записывает Glossa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} is not a Glossa library (an SQLite database of another program)</source>
        <translation>Файл {path} — не библиотека Glossa (это база данных SQLite другой программы)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>its schema version says {version}, but it has tables of later versions ({tables})</source>
        <translation>по версии схемы это {version}, но в нём есть таблицы более поздних версий ({tables})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its article and comment tables are missing</source>
        <translation>в нём нет таблиц статей и комментариев</translation>
    </message>
    <message>
        <location filename="../../desktop/store/server.py" line="-9"/>
        <source>your login may read this library but not change it; its owner can grant you more</source>
        <translation>ваша учётная запись может читать эту библиотеку, но не изменять её; её владелец может дать вам больше прав</translation>
    </message>
</context>
<context>
    <name>LibraryLock</name>
    <message>
        <location filename="../../desktop/ui/single_instance.py" line="+44"/>
        <source>another program</source>
        <translation>другая программа</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{program} (process {pid} on {host})</source>
        <translation>{program} (процесс {pid} на {host})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this computer</source>
        <translation>этом компьютере</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Glossa cannot write its lock file beside the library ({folder}): permission denied.</source>
        <translation>Glossa не может записать файл блокировки рядом с библиотекой ({folder}): нет прав доступа.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The library is in use by {holder}.</source>
        <translation>Библиотеку использует {holder}.</translation>
    </message>
</context>
<context>
    <name>LibraryPlace</name>
    <message>
        <location filename="../../desktop/store/check.py" line="+385"/>
        <source>Sync services and network drives copy the file while Glossa writes it, which can corrupt the library or lose recent work. Keep the library on a local disk; Glossa&apos;s own backups (in the folder beside it) are safe to sync.</source>
        <translation>Службы синхронизации и сетевые диски копируют файл, пока Glossa в него пишет, и это может повредить библиотеку или привести к потере недавней работы. Держите библиотеку на локальном диске; резервные копии Glossa (в папке рядом с ней) синхронизировать безопасно.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>a cloud storage provider</source>
        <translation>облачного хранилища</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The library is inside a {service} folder ({folder}). {advice}</source>
        <translation>Библиотека находится в папке {service} ({folder}). {advice}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The library is on a network drive ({filesystem}). {advice}</source>
        <translation>Библиотека находится на сетевом диске ({filesystem}). {advice}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{device} on {folder}, {filesystem}</source>
        <translation>{device}, смонтирован в {folder}, {filesystem}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/window_actions.py" line="+24"/>
        <source>Glossa libraries (*.glossa);;All files (*)</source>
        <translation>Библиотеки Glossa (*.glossa);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/article_list_panel.py" line="+46"/>
        <source>Filter titles  (Ctrl+F)</source>
        <translation>Фильтр заголовков  (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter article titles</source>
        <translation>Фильтр заголовков статей</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../desktop/ui/main_window.py" line="+152"/>
        <source>Articles</source>
        <translation>Статьи</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="+2"/>
        <location line="+76"/>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In This Article</source>
        <translation>В этой статье</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Ready</source>
        <translation>Готово</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_actions.py" line="+1"/>
        <source>Scraped text, exports, libraries (*.txt *.text *.jsonl *.ndjson *.json *.glossa);;All files (*)</source>
        <translation>Собранный текст, экспорт, библиотеки (*.txt *.text *.jsonl *.ndjson *.json *.glossa);;Все файлы (*)</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Annotations &amp;Browser</source>
        <translation>&amp;Обзор заметок и выделений</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every note and highlight in the library</source>
        <translation>Все заметки и выделения библиотеки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Write Note</source>
        <translation>&amp;Написать заметку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a note on the current comment, article or tag</source>
        <translation>Написать заметку к текущему комментарию, статье или тегу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Search</source>
        <translation>&amp;Поиск</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full-text search over articles and comments</source>
        <translation>Полнотекстовый поиск по статьям и комментариям</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search S&amp;yntax</source>
        <translation>Синтаксис &amp;поиска</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Dashboard</source>
        <translation>&amp;Диаграммы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charts of the library&apos;s discussions</source>
        <translation>Диаграммы обсуждений в библиотеке</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Article Dashboard</source>
        <translation>Диаграммы &amp;статьи</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Commenter Dashboa&amp;rd</source>
        <translation>Диаграммы &amp;комментатора</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charts of the commenter shown in the Commenter panel</source>
        <translation>Диаграммы комментатора, открытого на панели «Комментатор»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Campai&amp;gns</source>
        <translation>Ка&amp;мпании</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Near-duplicate comments posted by several handles, and handles that comment together</source>
        <translation>Почти одинаковые комментарии нескольких ников и ники, комментирующие вместе</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agreeme&amp;nt</source>
        <translation>Со&amp;гласие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How far coders agree, per tag, over the comments they all marked coded</source>
        <translation>Насколько согласны кодировщики, по каждому тегу, на комментариях, которые все они отметили закодированными</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Commenter Pro&amp;file</source>
        <translation>Профиль ко&amp;мментатора</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything the current comment&apos;s author wrote, across the library</source>
        <translation>Всё, что автор текущего комментария написал во всей библиотеке</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import Files…</source>
        <translation>&amp;Импорт файлов…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import &amp;Folder…</source>
        <translation>Импорт &amp;папки…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the library, the selection, the search results or a tag</source>
        <translation>Экспортировать библиотеку, выбранное, результаты поиска или тег</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New Library…</source>
        <translation>&amp;Новая библиотека…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back Up Now</source>
        <translation>Создать &amp;резервную копию</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the library into its backups folder now</source>
        <translation>Скопировать библиотеку в папку резервных копий сейчас</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore from Bac&amp;kup…</source>
        <translation>&amp;Восстановить из резервной копии…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open Library…</source>
        <translation>&amp;Открыть библиотеку…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Filter Titles</source>
        <translation>&amp;Фильтр заголовков</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xpand All Comments</source>
        <translation>&amp;Развернуть все комментарии</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Collapse All Comments</source>
        <translation>Сверн&amp;уть все комментарии</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expand Subthread</source>
        <translation>Развернуть ветку</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Collapse Subthread</source>
        <translation>Свернуть ветку</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Next Article</source>
        <translation>&amp;Следующая статья</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Previous Article</source>
        <translation>&amp;Предыдущая статья</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next &amp;Comment</source>
        <translation>Следующий &amp;комментарий</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous C&amp;omment</source>
        <translation>Преды&amp;дущий комментарий</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P&amp;arent Comment</source>
        <translation>&amp;Родительский комментарий</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next &amp;Unread Comment</source>
        <translation>Следующий &amp;непрочитанный</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Read On</source>
        <translation>&amp;Читать дальше</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scroll the article, then move to the next unread comment</source>
        <translation>Прокрутить статью, затем перейти к следующему непрочитанному комментарию</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Star</source>
        <translation>В &amp;избранное</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Toggle &amp;Read</source>
        <translation>&amp;Прочитано/не прочитано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Toggle the current comment&apos;s read state, or the article&apos;s</source>
        <translation>Переключить состояние прочтения текущего комментария или статьи</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark Article and Comments Read</source>
        <translation>Отметить статью и комментарии прочитанными</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;System</source>
        <translation>Как в &amp;системе</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Light</source>
        <translation>Св&amp;етлая</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dark</source>
        <translation>&amp;Тёмная</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;All Coders</source>
        <translation>&amp;Все кодировщики</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show every coder&apos;s tags, highlights and notes</source>
        <translation>Показывать метки, выделения и заметки всех кодировщиков</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Only Mine (Blind Coding)</source>
        <translation>&amp;Только мои (слепое кодирование)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hide the other coders&apos; tags, highlights, notes and counts until you show them</source>
        <translation>Скрыть метки, выделения, заметки и счётчики других кодировщиков, пока вы их не покажете</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Glossa</source>
        <translation>&amp;О программе Glossa</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open &amp;Recent</source>
        <translation>Открыть н&amp;едавнюю</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>C&amp;oders</source>
        <translation>Кодиро&amp;вщики</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Colu&amp;mns</source>
        <translation>Стол&amp;бцы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Theme</source>
        <translation>&amp;Тема</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Go</source>
        <translation>&amp;Навигация</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Article</source>
        <translation>С&amp;татья</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A&amp;nnotate</source>
        <translation>&amp;Разметка</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Favourite Tags</source>
        <translation>&amp;Быстрые теги</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New Ta&amp;g…</source>
        <translation>Новый т&amp;ег…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Blind coding: only your annotations shown</source>
        <translation>Слепое кодирование: показаны только ваши аннотации</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Showing only {coder}&apos;s annotations</source>
        <translation>Показаны только аннотации кодировщика {coder}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="+94"/>
        <source>Note not saved: {reason}</source>
        <translation>Заметка не сохранена: {reason}</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>{title} (read-only)</source>
        <translation>{title} (только чтение)</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Read-only: {reason}</source>
        <translation>Только чтение: {reason}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{library} — {coder} — {app}</source>
        <translation>{library} — {coder} — {app}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coder: {name}</source>
        <translation>Кодировщик: {name}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source> and </source>
        <comment>tags</comment>
        <translation> и </translation>
    </message>
    <message>
        <location line="+0"/>
        <source> or </source>
        <comment>tags</comment>
        <translation> или </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln article(s) tagged {tags}</source>
        <translation>
            <numerusform>%Ln статья с тегами {tags}</numerusform>
            <numerusform>%Ln статьи с тегами {tags}</numerusform>
            <numerusform>%Ln статей с тегами {tags}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_link.py" line="+36"/>
        <source>Dashboard — {library}</source>
        <translation>Диаграммы — {library}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Open a commenter&apos;s profile (Ctrl+Shift+U) first.</source>
        <translation>Сначала откройте профиль комментатора (Ctrl+Shift+U).</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Chart filter: {articles}, {comments} (click All articles to clear it)</source>
        <translation>Фильтр диаграммы: {articles}, {comments} (щёлкните «Все статьи», чтобы снять его)</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../../desktop/ui/import_controller.py" line="+15"/>
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln статья</numerusform>
            <numerusform>%Ln статьи</numerusform>
            <numerusform>%Ln статей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../../desktop/ui/import_controller.py" line="+1"/>
        <location filename="../../desktop/ui/main_window.py" line="+153"/>
        <source>%Ln comment(s)</source>
        <translation>
            <numerusform>%Ln комментарий</numerusform>
            <numerusform>%Ln комментария</numerusform>
            <numerusform>%Ln комментариев</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="-68"/>
        <source>Select a comment to see its author&apos;s profile.</source>
        <translation>Выберите комментарий, чтобы увидеть профиль его автора.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/side_windows.py" line="+31"/>
        <source>Campaigns — {library}</source>
        <translation>Кампании — {library}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Annotations — {library}</source>
        <translation>Заметки и выделения — {library}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Agreement — {library}</source>
        <translation>Согласие — {library}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/main_window.py" line="+69"/>
        <source>%Ln person(s)</source>
        <translation>
            <numerusform>%Ln человек</numerusform>
            <numerusform>%Ln человека</numerusform>
            <numerusform>%Ln человек</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No more unread comments</source>
        <translation>Непрочитанных комментариев больше нет</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Starred %n article(s)</source>
        <translation>
            <numerusform>%n статья добавлена в избранное</numerusform>
            <numerusform>%n статьи добавлены в избранное</numerusform>
            <numerusform>%n статей добавлено в избранное</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Unstarred %n article(s)</source>
        <translation>
            <numerusform>%n статья убрана из избранного</numerusform>
            <numerusform>%n статьи убраны из избранного</numerusform>
            <numerusform>%n статей убрано из избранного</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_actions.py" line="+14"/>
        <source>No recent libraries</source>
        <translation>Недавних библиотек нет</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_controller.py" line="-79"/>
        <source>An import is already running.</source>
        <translation>Импорт уже идёт.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_actions.py" line="+4"/>
        <source>Import files</source>
        <translation>Импорт файлов</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import a folder (searched recursively)</source>
        <translation>Импорт папки (со всеми вложенными)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_controller.py" line="+77"/>
        <source>Imported {articles} and {comments}</source>
        <translation>Импортировано: {articles} и {comments}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/export_dialog.py" line="+60"/>
        <source>Exported %Ln article(s) to {paths}</source>
        <translation>
            <numerusform>%Ln статья экспортирована в {paths}</numerusform>
            <numerusform>%Ln статьи экспортированы в {paths}</numerusform>
            <numerusform>%Ln статей экспортировано в {paths}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_actions.py" line="+7"/>
        <source>New library</source>
        <translation>Новая библиотека</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>About {app}</source>
        <translation>О программе {app}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A reader for scraped news articles and their comment threads, built for offline annotation.</source>
        <translation>Программа для чтения собранных новостных статей и обсуждений под ними, созданная для офлайн-разметки.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Library: {path}</source>
        <translation>Библиотека: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_controller.py" line="-62"/>
        <source>An import is running. Stop it and quit? What was imported so far is kept.</source>
        <translation>Идёт импорт. Остановить его и выйти? Уже импортированное сохранится.</translation>
    </message>
</context>
<context>
    <name>MemberModel</name>
    <message>
        <location filename="../../desktop/ui/campaigns_view.py" line="-72"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handle</source>
        <translation>Ник</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Article</source>
        <translation>Статья</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <location filename="../../desktop/ui/note_editor.py" line="+75"/>
        <source>Select an article, a comment or a tag to write a note</source>
        <translation>Выберите статью, комментарий или тег, чтобы написать заметку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another coder&apos;s note is on this; it is hidden while only some coders&apos; work is shown (View &gt; Coders &gt; All Coders shows it).</source>
        <translation>Здесь есть заметка другого кодировщика; она скрыта, пока показана работа только некоторых кодировщиков (Вид &gt; Кодировщики &gt; Все кодировщики покажет её).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Open link</source>
        <translation>Открыть ссылку</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open this address in your web browser?</source>
        <translation>Открыть этот адрес в веб-браузере?</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Note on</source>
        <translation>Заметка к</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note (Markdown)</source>
        <translation>Заметка (Markdown)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Note preview</source>
        <translation>Просмотр заметки</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save status</source>
        <translation>Состояние сохранения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview</source>
        <translation>Просмотр</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the note rendered from its Markdown</source>
        <translation>Показать заметку в оформленном виде</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History…</source>
        <translation>История…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Earlier versions of this note</source>
        <translation>Прежние версии этой заметки</translation>
    </message>
    <message>
        <location line="+140"/>
        <source>Cannot read this note: {reason}</source>
        <translation>Не удаётся прочитать заметку: {reason}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Write a note in Markdown…</source>
        <translation>Напишите заметку в Markdown…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not saved yet</source>
        <translation>Ещё не сохранено</translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>%Ln earlier note(s) not saved yet; retrying on the next save</source>
        <translation>
            <numerusform>%Ln прежняя заметка ещё не сохранена; повтор при следующем сохранении</numerusform>
            <numerusform>%Ln прежние заметки ещё не сохранены; повтор при следующем сохранении</numerusform>
            <numerusform>%Ln прежних заметок ещё не сохранены; повтор при следующем сохранении</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Edited</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not saved: {reason}</source>
        <translation>Не сохранено: {reason}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saved at {time}</source>
        <translation>Сохранено в {time}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{saved}. Someone else had changed this note meanwhile: their text is kept in its history.</source>
        <translation>{saved}. Кто-то другой тем временем изменил эту заметку: его текст сохранён в её истории.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>an earlier note: {reason}</source>
        <translation>прежняя заметка: {reason}</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Only web links open from a note, not {scheme} links</source>
        <translation>Из заметки открываются только веб-ссылки, ссылки {scheme} — нет</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only web links open from a note</source>
        <translation>Из заметки открываются только веб-ссылки</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cannot read the history: {reason}</source>
        <translation>Не удаётся прочитать историю: {reason}</translation>
    </message>
</context>
<context>
    <name>NoteHistoryDialog</name>
    <message>
        <location line="+90"/>
        <source>Note history</source>
        <translation>История заметки</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Earlier versions of the note on {target}</source>
        <translation>Прежние версии заметки: {target}</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Earlier versions</source>
        <translation>Прежние версии</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The selected version</source>
        <translation>Выбранная версия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This note has no earlier versions yet.</source>
        <translation>У этой заметки пока нет прежних версий.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Restore this version</source>
        <translation>Восстановить эту версию</translation>
    </message>
</context>
<context>
    <name>OpenLibraryDialog</name>
    <message>
        <location filename="../../desktop/ui/open_library_dialog.py" line="+56"/>
        <source>Open Library</source>
        <translation>Открыть библиотеку</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Server</source>
        <translation>&amp;Сервер</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A library file (.glossa)</source>
        <translation>Файл библиотеки (.glossa)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Library file</source>
        <translation>Файл библиотеки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Library &amp;file:</source>
        <translation>&amp;Файл библиотеки:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recent libraries</source>
        <translation>Недавние библиотеки</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Recent:</source>
        <translation>&amp;Недавние:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the team&apos;s database</source>
        <translation>база данных команды</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>When the server offers it</source>
        <translation>Когда сервер предлагает</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Always (encrypted)</source>
        <translation>Всегда (с шифрованием)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Always, and check the server&apos;s certificate</source>
        <translation>Всегда, с проверкой сертификата сервера</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never</source>
        <translation>Никогда</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your login on the server is your coder name. The password comes from ~/.pgpass or is asked for; Glossa never stores it.</source>
        <translation>Ваша учётная запись на сервере — ваше имя кодировщика. Пароль берётся из ~/.pgpass или запрашивается; Glossa никогда его не сохраняет.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Host:</source>
        <translation>&amp;Хост:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Port:</source>
        <translation>&amp;Порт:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Database:</source>
        <translation>&amp;База данных:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Login:</source>
        <translation>&amp;Учётная запись:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Encryption:</source>
        <translation>&amp;Шифрование:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open library</source>
        <translation>Открыть библиотеку</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server asks for the password of {url}:</source>
        <translation>Сервер запрашивает пароль для {url}:</translation>
    </message>
</context>
<context>
    <name>Parsing</name>
    <message>
        <location filename="../../desktop/ingest/parse.py" line="+108"/>
        <source>junk dropped: trailing line {line}</source>
        <translation>удалён мусор: строка в конце {line}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>split: document {number} of {total} in this file</source>
        <translation>разделено: документ {number} из {total} в этом файле</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>no title line; used the subtitle</source>
        <translation>нет строки заголовка; взят подзаголовок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no title line; used the first paragraph</source>
        <translation>нет строки заголовка; взят первый абзац</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>junk dropped: related-article teaser {line}</source>
        <translation>удалён мусор: анонс другой статьи {line}</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>truncated: the text ends inside a comment header {line}</source>
        <translation>обрезано: текст обрывается внутри заголовка комментария {line}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>odd indentation at line {number}</source>
        <translation>странный отступ в строке {number}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>comment by {handle} indented for depth {depth}, placed at depth {placed}</source>
        <translation>комментарий {handle} с отступом для глубины {depth} помещён на глубину {placed}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>truncated: comment by {handle} cut inside its header</source>
        <translation>обрезано: комментарий {handle} оборван внутри заголовка</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>comment by {handle}: {problem}</source>
        <translation>комментарий {handle}: {problem}</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>split: next title {title} was glued to {line}</source>
        <translation>разделено: следующий заголовок {title} был склеен с {line}</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>time not understood: {time}</source>
        <translation>время не распознано: {time}</translation>
    </message>
    <message>
        <location line="+157"/>
        <source>junk dropped: {junk}</source>
        <translation>удалён мусор: {junk}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>split: next title {title} was glued to this document&apos;s last line</source>
        <translation>разделено: следующий заголовок {title} был склеен с последней строкой этого документа</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../desktop/ui/preferences.py" line="+30"/>
        <source>Follow the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Светлая</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Тёмная</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>System language</source>
        <translation>Язык системы</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Preferences</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Theme</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>System size</source>
        <translation>Системный</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> pt</source>
        <comment>points, the unit of font sizes</comment>
        <translation> пт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading font size</source>
        <translation>Размер шрифта для чтения</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+69"/>
        <source>Default library</source>
        <translation>Библиотека по умолчанию</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the default library</source>
        <translation>Выбрать библиотеку по умолчанию</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backups to keep</source>
        <translation>Хранить резервных копий</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> × the library&apos;s size</source>
        <translation> × размер библиотеки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Space for backups</source>
        <translation>Место для резервных копий</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The oldest backups are removed when all of them together would take more; the newest is always kept. A backup is compressed to about a third of the library.</source>
        <translation>Самые старые копии удаляются, когда все вместе они заняли бы больше; самая новая остаётся всегда. Копия сжимается примерно до трети размера библиотеки.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language changes at the next start.</source>
        <translation>Язык сменится при следующем запуске.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;ISO dates (2023-01-05, 14:30)</source>
        <translation>Даты в формате &amp;ISO (2023-01-05, 14:30)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Otherwise dates are written as your language writes them: {example}</source>
        <translation>Иначе даты пишутся так, как принято в вашем языке: {example}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Coder</source>
        <translation>Кодировщик</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name your tags, highlights and notes are recorded under</source>
        <translation>Имя, под которым записываются ваши теги, выделения и заметки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Тема:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reading font size:</source>
        <translation>&amp;Размер шрифта для чтения:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default &amp;library:</source>
        <translation>&amp;Библиотека по умолчанию:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Backups to keep:</source>
        <translation>Хранить &amp;резервных копий:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backups use at &amp;most:</source>
        <translation>Копии занимают не &amp;больше:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dates:</source>
        <translation>Даты:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Coder:</source>
        <translation>&amp;Кодировщик:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Glossa libraries (*.glossa);;All files (*)</source>
        <translation>Библиотеки Glossa (*.glossa);;Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>QueryLanguage</name>
    <message>
        <location filename="../../desktop/store/query_language.py" line="+351"/>
        <source>The search is too long (over {limit} characters).</source>
        <translation>Слишком длинный запрос (больше {limit} символов).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Too many words: a search can have at most {limit}.</source>
        <translation>Слишком много слов: в запросе может быть не больше {limit}.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>OR and - can combine words, or filters, but not a word with a filter: write the filter outside, e.g. (putin OR biden) author:zenion.</source>
        <translation>OR и - соединяют слова или фильтры, но не слово с фильтром: вынесите фильтр за скобки, например (putin OR biden) author:zenion.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add a word or a filter to search for: a search cannot only exclude.</source>
        <translation>Добавьте слово или фильтр для поиска: запрос не может состоять из одних исключений.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>A word ending in * needs at least {count} letters before the *, e.g. pu*.</source>
        <translation>Перед * в слове должно быть не меньше {count} букв, например pu*.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>A word after OR cannot be excluded: write -word outside the OR.</source>
        <translation>Слово после OR нельзя исключить: напишите -слово вне OR.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A group in parentheses needs a word that is not excluded.</source>
        <translation>В группе в скобках нужно хотя бы одно неисключённое слово.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An excluded word needs something to be excluded from.</source>
        <translation>Исключать слово можно только из чего-то: добавьте слово, которое нужно найти.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A filter cannot be combined with words here.</source>
        <translation>Здесь фильтр нельзя сочетать со словами.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>A word cannot be combined with filters here.</source>
        <translation>Здесь слово нельзя сочетать с фильтрами.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>author: needs a commenter&apos;s handle, e.g. author:zenion or author:&quot;In passing&quot;.</source>
        <translation>author: нужен ник комментатора, например author:zenion или author:&quot;In passing&quot;.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>tag: needs a tag name, e.g. tag:propaganda or tag:&quot;to check&quot;.</source>
        <translation>tag: нужно название тега, например tag:propaganda или tag:&quot;to check&quot;.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>is: can be unread, read or starred, not {value}.</source>
        <translation>is: может быть unread, read или starred, а не {value}.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>has: can be note, highlight or tag, not {value}.</source>
        <translation>has: может быть note, highlight или tag, а не {value}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>in: can be article or comment, not {value}.</source>
        <translation>in: может быть article или comment, а не {value}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>depth: needs a number, e.g. depth:&gt;2 or depth:1, not {value}.</source>
        <translation>depth: нужно число, например depth:&gt;2 или depth:1, а не {value}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{field}: needs a date like 2023-01-31, 2023-01 or 2023, not {value}.</source>
        <translation>{field}: нужна дата вида 2023-01-31, 2023-01 или 2023, а не {value}.</translation>
    </message>
</context>
<context>
    <name>ReaderPanel</name>
    <message>
        <location filename="../../desktop/ui/reader_panel.py" line="+83"/>
        <source>Thread summary</source>
        <translation>Сводка обсуждения</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Select an article to read it.</source>
        <translation>Выберите статью, чтобы её прочитать.</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>No comments</source>
        <translation>Нет комментариев</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln comment(s)</source>
        <translation>
            <numerusform>%Ln комментарий</numerusform>
            <numerusform>%Ln комментария</numerusform>
            <numerusform>%Ln комментариев</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>from %Ln person(s)</source>
        <translation>
            <numerusform>от %Ln человека</numerusform>
            <numerusform>от %Ln человек</numerusform>
            <numerusform>от %Ln человек</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln unread</source>
        <comment>comments</comment>
        <translation>
            <numerusform>%Ln непрочитанный</numerusform>
            <numerusform>%Ln непрочитанных</numerusform>
            <numerusform>%Ln непрочитанных</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>all read</source>
        <translation>всё прочитано</translation>
    </message>
</context>
<context>
    <name>RestoreConfirmation</name>
    <message>
        <location filename="../../desktop/ui/backup_dialog.py" line="-91"/>
        <source>Restore from Backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace the library with the backup made {time}?</source>
        <translation>Заменить библиотеку резервной копией от {time}?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The backup holds {articles} and {notes}. Work done since then will not be in the library, but the library as it is now is kept as a backup (&quot;Before restore&quot;) that can be restored in the same way.</source>
        <translation>В резервной копии {articles} и {notes}. Сделанного с тех пор в библиотеке не будет, но нынешняя библиотека сохранится как резервная копия («Перед восстановлением»), которую можно восстановить так же.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location line="-74"/>
        <source>Restore from Backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose a backup to put in place of the library. The library as it is now is kept as a backup too (&quot;Before restore&quot;), so a restore can be undone the same way.</source>
        <translation>Выберите резервную копию, которая заменит библиотеку. Нынешняя библиотека тоже сохранится как резервная копия («Перед восстановлением»), так что восстановление можно отменить тем же способом.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There are no backups of this library yet. File &gt; Back Up Now makes one; Glossa also makes one each day it is opened.</source>
        <translation>Резервных копий этой библиотеки пока нет. Их создаёт Файл &gt; Создать резервную копию; кроме того, Glossa создаёт копию каждый день, когда её открывают.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore…</source>
        <translation>Восстановить…</translation>
    </message>
</context>
<context>
    <name>RevisionModel</name>
    <message>
        <location filename="../../desktop/ui/note_editor.py" line="-91"/>
        <source>Saved</source>
        <translation>Сохранено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved by</source>
        <translation>Кем сохранено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replaced</source>
        <translation>Заменено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
</context>
<context>
    <name>SavedSearches</name>
    <message>
        <location filename="../../desktop/ui/saved_searches.py" line="+88"/>
        <source>Rename saved search</source>
        <translation>Переименовать сохранённый поиск</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../desktop/store/search.py" line="+805"/>
        <source>That saved search no longer exists.</source>
        <translation>Этого сохранённого поиска больше нет.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New name:</source>
        <translation>Новое имя:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Delete saved search</source>
        <translation>Удалить сохранённый поиск</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the saved search “{name}”?</source>
        <translation>Удалить сохранённый поиск «{name}»?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the saved search is deleted; nothing it finds is changed.</source>
        <translation>Удаляется только сохранённый поиск; то, что он находит, не меняется.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../desktop/store/search.py" line="-46"/>
        <source>A saved search needs a name.</source>
        <translation>У сохранённого поиска должно быть название.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A saved search name can have at most {limit} characters.</source>
        <translation>Название сохранённого поиска может содержать не более {limit} символов.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is already a saved search named {name}.</source>
        <translation>Сохранённый поиск с названием {name} уже есть.</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <location line="-397"/>
        <source>This search cannot be run; try fewer or simpler words.</source>
        <translation>Этот поиск не удаётся выполнить; попробуйте меньше слов или слова попроще.</translation>
    </message>
</context>
<context>
    <name>SearchHelp</name>
    <message>
        <location filename="../../desktop/store/query_language.py" line="-615"/>
        <source>both words, anywhere in an article or a comment (case and accents ignored)</source>
        <translation>оба слова, в любом месте статьи или комментария (регистр и диакритика не учитываются)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the words next to each other, in this order</source>
        <translation>слова рядом, в этом порядке</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>words starting with negotiat (at least 2 letters before the *)</source>
        <translation>слова, начинающиеся на negotiat (не меньше 2 букв перед *)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>either word; talks putin OR biden means talks and (putin or biden)</source>
        <translation>любое из слов; talks putin OR biden означает talks и (putin или biden)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>without the word; ( ) groups: -(white house)</source>
        <translation>без этого слова; ( ) группирует: -(white house)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>comments by that commenter</source>
        <translation>комментарии этого комментатора</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tagged so, or with a tag under it</source>
        <translation>с этим тегом или с тегом под ним</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>by reading state (a comment is starred when its article is)</source>
        <translation>по состоянию чтения (комментарий в избранном, если в избранном его статья)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>with a note, a highlight or a tag</source>
        <translation>с заметкой, выделением или тегом</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only articles, or only comments</source>
        <translation>только статьи или только комментарии</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>comments at that depth (1 = top level); also &lt; &lt;= &gt;= =</source>
        <translation>комментарии на этой глубине (1 = верхний уровень); также &lt; &lt;= &gt;= =</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>earlier than that day; on or after it</source>
        <translation>раньше этого дня; в этот день или позже</translation>
    </message>
</context>
<context>
    <name>SearchHelpDialog</name>
    <message>
        <location filename="../../desktop/ui/search_panel.py" line="+454"/>
        <location line="+1"/>
        <source>Search syntax</source>
        <translation>Синтаксис поиска</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type words to find articles and comments. Combine them with:</source>
        <translation>Введите слова, чтобы найти статьи и комментарии. Сочетайте их так:</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Words and fields combine: author:zenion negotiat* finds that commenter&apos;s comments with the word. Anything else you type is searched as plain words.</source>
        <translation>Слова и поля сочетаются: author:zenion negotiat* найдёт комментарии этого комментатора с этим словом. Всё остальное ищется как обычные слова.</translation>
    </message>
</context>
<context>
    <name>SearchHitDelegate</name>
    <message>
        <location line="-158"/>
        <source>(untitled)</source>
        <translation>(без заголовка)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>reply, depth {depth}</source>
        <translation>ответ, глубина {depth}</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location line="-256"/>
        <source>Relevance</source>
        <translation>По релевантности</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newest</source>
        <translation>Сначала новые</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oldest</source>
        <translation>Сначала старые</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search  (Ctrl+K)</source>
        <translation>Поиск  (Ctrl+K)</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%Ln hit(s)</source>
        <translation>
            <numerusform>%Ln совпадение</numerusform>
            <numerusform>%Ln совпадения</numerusform>
            <numerusform>%Ln совпадений</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>In the article</source>
        <translation>В статье</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown commenter</source>
        <translation>неизвестный комментатор</translation>
    </message>
    <message>
        <location line="+665"/>
        <source>The search failed: {error}</source>
        <translation>Поиск не удался: {error}</translation>
    </message>
    <message>
        <location line="-195"/>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Words, &quot;phrases&quot;, OR, -word, prefix*, author:, tag:, is:, has:, in:… (? for help)</source>
        <translation>Слова, &quot;фразы&quot;, OR, -слово, префикс*, author:, tag:, is:, has:, in:… (? — справка)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Search syntax</source>
        <translation>Синтаксис поиска</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Order of the hits</source>
        <translation>Порядок результатов</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Search message</source>
        <translation>Сообщение поиска</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Number of hits</source>
        <translation>Число совпадений</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save search…</source>
        <translation>Сохранить поиск…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep this search in the sidebar, with a live count</source>
        <translation>Сохранить этот поиск на боковой панели, со счётчиком</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Search results</source>
        <translation>Результаты поиска</translation>
    </message>
    <message>
        <location line="+75"/>
        <location line="+159"/>
        <source>Save search</source>
        <translation>Сохранить поиск</translation>
    </message>
    <message>
        <location line="-104"/>
        <source>Searching…</source>
        <translation>Поиск…</translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>in %Ln article(s)</source>
        <translation>
            <numerusform>в %Ln статье</numerusform>
            <numerusform>в %Ln статьях</numerusform>
            <numerusform>в %Ln статьях</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No hits</source>
        <translation>Ничего не найдено</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Showing the first {shown} of %Ln hit(s)</source>
        <translation>
            <numerusform>Показаны первые {shown} из %Ln совпадения</numerusform>
            <numerusform>Показаны первые {shown} из %Ln совпадений</numerusform>
            <numerusform>Показаны первые {shown} из %Ln совпадений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Showing the first %Ln hit(s)</source>
        <translation>
            <numerusform>Показано первое %Ln совпадение</numerusform>
            <numerusform>Показаны первые %Ln совпадения</numerusform>
            <numerusform>Показаны первые %Ln совпадений</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ranked among the most recently imported matches; add words to narrow the search</source>
        <translation>Ранжировано среди недавно импортированных совпадений; добавьте слова, чтобы сузить поиск</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Name for this search:</source>
        <translation>Имя для этого поиска:</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../desktop/ui/shortcuts_dialog.py" line="+22"/>
        <source> or </source>
        <comment>between two keys that do the same</comment>
        <translation> или </translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+7"/>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../../desktop/ui/sidebar.py" line="+50"/>
        <source>All articles</source>
        <translation>Все статьи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unread</source>
        <translation>Непрочитанные</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starred</source>
        <translation>Избранное</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Views and tags</source>
        <translation>Разделы и теги</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Library</source>
        <translation>Библиотека</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved searches</source>
        <translation>Поиски</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commenters</source>
        <translation>Комментаторы</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The %n most active commenters; right-click to sort by name</source>
        <translation>
            <numerusform>%n самый активный комментатор; щёлкните правой кнопкой, чтобы упорядочить по имени</numerusform>
            <numerusform>%n самых активных комментатора; щёлкните правой кнопкой, чтобы упорядочить по имени</numerusform>
            <numerusform>%n самых активных комментаторов; щёлкните правой кнопкой, чтобы упорядочить по имени</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Match all selected tags</source>
        <translation>Все выбранные теги сразу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Off: articles with any of the selected tags. On: articles with all of them.</source>
        <translation>Выключено: статьи с любым из выбранных тегов. Включено: статьи со всеми ними.</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>not used yet</source>
        <translation>пока не используется</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Key {key} puts it on the selection</source>
        <translation>Клавиша {key} присваивает его выбранному</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Right-click to add a tag</source>
        <translation>Щёлкните правой кнопкой, чтобы добавить тег</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Save a search from the Search tab</source>
        <translation>Сохраняйте на вкладке «Поиск»</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>no display name</source>
        <translation>без отображаемого имени</translation>
    </message>
    <message numerus="yes">
        <location line="-216"/>
        <location line="+217"/>
        <source>%Ln comment(s)</source>
        <translation>
            <numerusform>%Ln комментарий</numerusform>
            <numerusform>%Ln комментария</numerusform>
            <numerusform>%Ln комментариев</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-219"/>
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln статья</numerusform>
            <numerusform>%Ln статьи</numerusform>
            <numerusform>%Ln статей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln highlight(s)</source>
        <translation>
            <numerusform>%Ln выделение</numerusform>
            <numerusform>%Ln выделения</numerusform>
            <numerusform>%Ln выделений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln note(s)</source>
        <translation>
            <numerusform>%Ln заметка</numerusform>
            <numerusform>%Ln заметки</numerusform>
            <numerusform>%Ln заметок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln sub-tag(s)</source>
        <translation>
            <numerusform>%Ln подтег</numerusform>
            <numerusform>%Ln подтега</numerusform>
            <numerusform>%Ln подтегов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+212"/>
        <source>in %Ln article(s)</source>
        <translation>
            <numerusform>в %Ln статье</numerusform>
            <numerusform>в %Ln статьях</numerusform>
            <numerusform>в %Ln статьях</numerusform>
        </translation>
    </message>
    <message>
        <location line="+76"/>
        <source>New Tag…</source>
        <translation>Новый тег…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New Sub-tag…</source>
        <translation>Новый подтег…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+25"/>
        <source>Rename…</source>
        <translation>Переименовать…</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Colour…</source>
        <translation>Цвет…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move Under…</source>
        <translation>Переместить под…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move to Top Level</source>
        <translation>На верхний уровень</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge Into…</source>
        <translation>Объединить с…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Favourite Key</source>
        <translation>Быстрая клавиша</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>None</source>
        <comment>no favourite key</comment>
        <translation>Нет</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+9"/>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sort Commenters by Name</source>
        <translation>Упорядочить комментаторов по имени</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>New tag</source>
        <translation>Новый тег</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tag name (use / for a hierarchy, e.g. propaganda/fear):</source>
        <translation>Имя тега (/ задаёт иерархию, например propaganda/fear):</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rename tag</source>
        <translation>Переименовать тег</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New name:</source>
        <translation>Новое имя:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Colour of {tag}</source>
        <translation>Цвет тега {tag}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Move {tag} under…</source>
        <translation>Переместить {tag} под…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Merge {tag} into…</source>
        <translation>Объединить {tag} с…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Merge tags</source>
        <translation>Объединить теги</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge “{source}” into “{target}”? Everything tagged {source} gets the other tag, and {source} is removed. Edit &gt; Undo reverses it.</source>
        <translation>Объединить «{source}» с «{target}»? Всё, что отмечено тегом {source}, получит другой тег, а {source} будет удалён. Правка &gt; Отменить возвращает всё как было.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Delete tag</source>
        <translation>Удалить тег</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{tag}” is in use: {usage}. Delete it and remove it from all of them? Notes on the tag are kept. Edit &gt; Undo reverses it.</source>
        <translation>«{tag}» используется: {usage}. Удалить его и снять отовсюду? Заметки к тегу сохранятся. Правка &gt; Отменить возвращает всё как было.</translation>
    </message>
</context>
<context>
    <name>TagAgreementModel</name>
    <message>
        <location filename="../../desktop/ui/agreement_window.py" line="-82"/>
        <source>Tag</source>
        <translation>Тег</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Comments</source>
        <translation>Комментарии</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement</source>
        <translation>Согласие</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cohen&apos;s κ</source>
        <translation>κ Коэна</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fleiss&apos; κ</source>
        <translation>κ Флейса</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Krippendorff&apos;s α</source>
        <translation>α Криппендорфа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>α 95% interval</source>
        <translation>95% интервал α</translation>
    </message>
</context>
<context>
    <name>TagListModel</name>
    <message>
        <location filename="../../desktop/ui/tag_picker.py" line="+117"/>
        <source>Create tag “{path}”</source>
        <translation>Создать тег «{path}»</translation>
    </message>
</context>
<context>
    <name>TagPicker</name>
    <message>
        <location line="+59"/>
        <source>Tag</source>
        <translation>Тег</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type to find a tag, or a new name (a/b for b under a)</source>
        <translation>Начните вводить имя тега или новое имя (a/b — b под a)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type to find a tag</source>
        <translation>Начните вводить имя тега</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>There are no tags yet. Type a name to create one.</source>
        <translation>Тегов пока нет. Введите имя, чтобы создать тег.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There are no tags yet.</source>
        <translation>Тегов пока нет.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not a tag name: {reason}</source>
        <translation>Недопустимое имя тега: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No tag matches.</source>
        <translation>Нет подходящих тегов.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Create</source>
        <translation>Создать</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
</context>
<context>
    <name>ThreadMetricsBar</name>
    <message>
        <location filename="../../desktop/ui/charts/metrics_bar.py" line="+46"/>
        <source>Thread metrics</source>
        <translation>Показатели обсуждения</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>most replied:</source>
        <translation>больше всего ответов:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>most replied: the comment with the most direct replies (click to go to it)</source>
        <translation>больше всего ответов: комментарий с наибольшим числом прямых ответов (щёлкните, чтобы перейти к нему)</translation>
    </message>
</context>
<context>
    <name>WriteError</name>
    <message>
        <location filename="../../desktop/store/check.py" line="-135"/>
        <source>The disk is full. Nothing already saved was lost; free some space and save again.</source>
        <translation>Диск заполнен. Ничего из уже сохранённого не потеряно; освободите место и сохраните снова.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The library is read-only here: Glossa cannot write to it or to its folder.</source>
        <translation>Здесь библиотека доступна только для чтения: Glossa не может писать ни в неё, ни в её папку.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The library file is damaged. Nothing more was written to it; restore it from a backup.</source>
        <translation>Файл библиотеки повреждён. Больше в него ничего не записано; восстановите его из резервной копии.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The disk reported an error while writing. Nothing already saved was lost; check the disk (is it still connected?) and save again.</source>
        <translation>При записи диск сообщил об ошибке. Ничего из уже сохранённого не потеряно; проверьте диск (он всё ещё подключён?) и сохраните снова.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The connection to the library&apos;s server was lost. Nothing already saved was lost; open the library again once the server can be reached, and try again.</source>
        <translation>Связь с сервером библиотеки потеряна. Уже сохранённое не потеряно; откройте библиотеку снова, когда сервер станет доступен, и повторите.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The library is busy: another program has been writing to it for too long. Try again.</source>
        <translation>Библиотека занята: другая программа слишком долго в неё пишет. Попробуйте ещё раз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Glossa cannot open the library file for writing (was it moved, or its folder removed?).</source>
        <translation>Glossa не может открыть файл библиотеки для записи (его переместили или удалили его папку?).</translation>
    </message>
</context>
</TS>
