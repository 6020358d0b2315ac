<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk" sourcelanguage="en">
<context>
    <name>Agreement</name>
    <message>
        <location filename="../../desktop/store/agreement.py" line="+182"/>
        <source>Agree on {tag}: has it</source>
        <translation>Узгоджено щодо {tag}: є</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agree on {tag}: has it not</source>
        <translation>Узгоджено щодо {tag}: немає</translation>
    </message>
</context>
<context>
    <name>AgreementWindow</name>
    <message>
        <location filename="../../desktop/ui/agreement_window.py" line="+155"/>
        <source>Agreement</source>
        <translation>Узгодженість</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>You are coding blind (Only Mine). Agreement shows every chosen coder&apos;s codes side by side, the other coders&apos; too, so nothing is compared while you code blind.</source>
        <translation>Ви кодуєте наосліп (Лише мої). Узгодженість показує коди всіх вибраних кодувальників поруч, зокрема чужі, тому під час сліпого кодування нічого не порівнюється.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Show Everyone&apos;s Work and Compare</source>
        <translation>&amp;Показати роботу всіх і порівняти</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ends blind coding: the main window shows all coders&apos; work again</source>
        <translation>Завершує сліпе кодування: головне вікно знову показує роботу всіх кодувальників</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Coders to compare</source>
        <translation>Кодувальники для порівняння</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Compare</source>
        <translation>&amp;Порівняти</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Agreement per tag</source>
        <translation>Узгодженість за тегами</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Disagreements: double-click to open the comment</source>
        <translation>Розбіжності: подвійне клацання відкриває коментар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agree on: has &amp;tag</source>
        <translation>Узгодити: &amp;тег є</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record that the comment has the tag, as the consensus coder&apos;s code</source>
        <translation>Записати, що коментар має тег, як код узгодженого кодувальника (consensus)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agree on: has &amp;not</source>
        <translation>Узгодити: тегу &amp;немає</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record that the comment does not have the tag, as the consensus coder&apos;s code</source>
        <translation>Записати, що коментар не має тегу, як код узгодженого кодувальника (consensus)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Coders:</source>
        <translation>Кодувальники:</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Comparing…</source>
        <translation>Порівняння…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Comments every chosen coder marked coded: {count}</source>
        <translation>Коментарів, позначених закодованими всіма вибраними кодувальниками: {count}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose at least two coders who marked work coded (Annotate &gt; Coded by Me).</source>
        <translation>Виберіть щонайменше двох кодувальників, які позначили роботу як закодовану (Розмітка &gt; Закодовано мною).</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The library is open read-only.</source>
        <translation>Бібліотеку відкрито лише для читання.</translation>
    </message>
</context>
<context>
    <name>AnnotateActions</name>
    <message>
        <location filename="../../desktop/ui/annotate_actions.py" line="+53"/>
        <source>&amp;Tag…</source>
        <translation>&amp;Призначити тег…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag the selected comments, or the selected articles</source>
        <translation>Призначити тег вибраним коментарям або вибраним статтям</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag &amp;Subthread…</source>
        <translation>Тег для &amp;гілки…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag the current comment and every reply below it</source>
        <translation>Призначити тег поточному коментарю і всім відповідям під ним</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove Tag…</source>
        <translation>&amp;Зняти тег…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Highlight Selection</source>
        <translation>&amp;Виділити вибране</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Highlight the selected text of the article or of a comment</source>
        <translation>Виділити вибраний текст статті або коментаря</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Highlight with T&amp;ag…</source>
        <translation>Виділити з &amp;тегом…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Highlight with &amp;Note</source>
        <translation>Виділити з &amp;нотаткою</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Coded by &amp;Me</source>
        <translation>Закодовано &amp;мною</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the article, or the thread from the current comment, as finished by you: agreement counts only what every coder finished</source>
        <translation>Позначити статтю або гілку від поточного коментаря як завершену вами: узгодженість рахується лише за тим, що завершили всі кодувальники</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select Text in Comment</source>
        <translation>Вибрати текст у коментарі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the comment&apos;s text to select part of it</source>
        <translation>Відкрити текст коментаря, щоб вибрати його частину</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Favourite Tag {slot}</source>
        <translation>Швидкий тег {slot}</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Select articles or comments to tag first.</source>
        <translation>Спершу виберіть статті або коментарі.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Tag %n comment(s) with…</source>
        <translation>
            <numerusform>Тег для %n коментаря…</numerusform>
            <numerusform>Тег для %n коментарів…</numerusform>
            <numerusform>Тег для %n коментарів…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Tag %n article(s) with…</source>
        <translation>
            <numerusform>Тег для %n статті…</numerusform>
            <numerusform>Тег для %n статей…</numerusform>
            <numerusform>Тег для %n статей…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Remove a tag from %n comment(s)</source>
        <translation>
            <numerusform>Зняти тег з %n коментаря</numerusform>
            <numerusform>Зняти тег з %n коментарів</numerusform>
            <numerusform>Зняти тег з %n коментарів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Remove a tag from %n article(s)</source>
        <translation>
            <numerusform>Зняти тег з %n статті</numerusform>
            <numerusform>Зняти тег з %n статей</numerusform>
            <numerusform>Зняти тег з %n статей</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Only other coders put {tag} there: Remove Tag takes off only your own.</source>
        <translation>Тег {tag} тут поставили лише інші кодувальники: «Зняти тег» знімає лише ваші.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{tag} is not on the selection: nothing to remove.</source>
        <translation>Тегу {tag} немає на вибраному: знімати нічого.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Select the comment whose subthread to tag.</source>
        <translation>Виберіть коментар, гілці якого треба призначити тег.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Tag this comment and its %n replies with…</source>
        <translation>
            <numerusform>Тег для цього коментаря і %n відповіді на нього…</numerusform>
            <numerusform>Тег для цього коментаря і %n відповідей на нього…</numerusform>
            <numerusform>Тег для цього коментаря і %n відповідей на нього…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No tag on key {key} yet: right-click a tag in the sidebar &gt; Favourite Key.</source>
        <translation>На клавіші {key} ще немає тегу: клацніть тег на бічній панелі правою кнопкою &gt; Швидка клавіша.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Open an article first.</source>
        <translation>Спершу відкрийте статтю.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Select some text first: in the article, or in a comment opened with F2 or a double-click.</source>
        <translation>Спершу виберіть текст: у статті або в коментарі, відкритому клавішею F2 чи подвійним клацанням.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Highlight with the tag…</source>
        <translation>Виділити з тегом…</translation>
    </message>
</context>
<context>
    <name>AnnotationController</name>
    <message>
        <location filename="../../desktop/ui/annotation_controller.py" line="+121"/>
        <source>The library is open read-only ({reason}).</source>
        <translation>Бібліотеку відкрито лише для читання ({reason}).</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>{reason} The undo history was cleared.</source>
        <translation>{reason} Історію скасувань очищено.</translation>
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
        <translation>Нотатка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Джерело</translation>
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
        <translation>анотації відтоді змінилися; цей крок більше не можна скасувати чи повторити</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>other annotations now depend on this step; undo them first</source>
        <translation>від цього кроку тепер залежать інші анотації; спершу скасуйте їх</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>this step can no longer be undone or redone: {error}</source>
        <translation>цей крок більше не можна скасувати чи повторити: {error}</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>a tag needs a name</source>
        <translation>тег повинен мати назву</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a tag name cannot contain &apos;/&apos;: {name} (use move to change the parent)</source>
        <translation>назва тегу не може містити «/»: {name} (щоб змінити батьківський тег, перемістіть його)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a tag name cannot contain control characters</source>
        <translation>назва тегу не може містити керівні символи</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a tag name has at most {limit} characters</source>
        <translation>назва тегу може мати щонайбільше {limit} символів</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not a tag path: {path}</source>
        <translation>це не шлях тегу: {path}</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>tag {tag} already exists</source>
        <translation>тег {tag} уже існує</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Create tag {tag}</source>
        <translation>створення тегу {tag}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>there is already a tag {tag}</source>
        <translation>тег {tag} уже є</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rename tag {tag} to {name}</source>
        <translation>перейменування тегу {tag} на {name}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Recolour tag {tag}</source>
        <translation>зміна кольору тегу {tag}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot move {tag} below itself</source>
        <translation>не можна перемістити {tag} всередину самого себе</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>there is already a tag {tag}: merge them instead</source>
        <translation>тег {tag} уже є: краще об&apos;єднайте їх</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Move tag {tag} to the top</source>
        <translation>переміщення тегу {tag} на верхній рівень</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move tag {tag} to {parent}</source>
        <translation>переміщення тегу {tag} до {parent}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Put {tag} on key {key}</source>
        <translation>призначення тегу {tag} на клавішу {key}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take {tag} off its key</source>
        <translation>зняття тегу {tag} з клавіші</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Delete tag {tag}</source>
        <translation>видалення тегу {tag}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>cannot merge {tag} into itself or a tag below it</source>
        <translation>не можна об&apos;єднати {tag} із самим собою або з вкладеним у нього тегом</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merge tag {tag} into {target}</source>
        <translation>об&apos;єднання тегу {tag} з {target}</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Mark article coded</source>
        <translation>Позначити статтю як закодовану</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark thread coded</source>
        <translation>Позначити гілку як закодовану</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mark article not coded</source>
        <translation>Зняти позначку «закодовано» зі статті</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark thread not coded</source>
        <translation>Зняти позначку «закодовано» з гілки</translation>
    </message>
    <message numerus="yes">
        <location line="+65"/>
        <source>Tag %n article(s) with {tag}</source>
        <translation>
            <numerusform>присвоєння тегу {tag} %n статті</numerusform>
            <numerusform>присвоєння тегу {tag} %n статтям</numerusform>
            <numerusform>присвоєння тегу {tag} %n статтям</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Remove {tag} from %n article(s)</source>
        <translation>
            <numerusform>зняття тегу {tag} з %n статті</numerusform>
            <numerusform>зняття тегу {tag} з %n статей</numerusform>
            <numerusform>зняття тегу {tag} з %n статей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Tag %n comment(s) with {tag}</source>
        <translation>
            <numerusform>присвоєння тегу {tag} %n коментарю</numerusform>
            <numerusform>присвоєння тегу {tag} %n коментарям</numerusform>
            <numerusform>присвоєння тегу {tag} %n коментарям</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Remove {tag} from %n comment(s)</source>
        <translation>
            <numerusform>зняття тегу {tag} з %n коментаря</numerusform>
            <numerusform>зняття тегу {tag} з %n коментарів</numerusform>
            <numerusform>зняття тегу {tag} з %n коментарів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>Tag a thread of %n comment(s) with {tag}</source>
        <translation>
            <numerusform>присвоєння тегу {tag} гілці з %n коментаря</numerusform>
            <numerusform>присвоєння тегу {tag} гілці з %n коментарів</numerusform>
            <numerusform>присвоєння тегу {tag} гілці з %n коментарів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Remove {tag} from a thread of %n comment(s)</source>
        <translation>
            <numerusform>зняття тегу {tag} з гілки з %n коментаря</numerusform>
            <numerusform>зняття тегу {tag} з гілки з %n коментарів</numerusform>
            <numerusform>зняття тегу {tag} з гілки з %n коментарів</numerusform>
        </translation>
    </message>
    <message>
        <location line="+220"/>
        <source>Highlight “{text}”</source>
        <translation>виділення «{text}»</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Remove highlight “{text}”</source>
        <translation>видалення виділення «{text}»</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Tag highlight</source>
        <translation>присвоєння тегу виділенню</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Untag highlight</source>
        <translation>зняття тегу з виділення</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>Edit note on article</source>
        <translation>зміна нотатки до статті</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit note on comment</source>
        <translation>зміна нотатки до коментаря</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit note on highlight</source>
        <translation>зміна нотатки до виділення</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit note on author</source>
        <translation>зміна нотатки про коментатора</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit note on tag</source>
        <translation>зміна нотатки до тегу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit note on campaign</source>
        <translation>зміна нотатки до кампанії</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete note on article</source>
        <translation>видалення нотатки до статті</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete note on comment</source>
        <translation>видалення нотатки до коментаря</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete note on highlight</source>
        <translation>видалення нотатки до виділення</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete note on author</source>
        <translation>видалення нотатки про коментатора</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete note on tag</source>
        <translation>видалення нотатки до тегу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete note on campaign</source>
        <translation>видалення нотатки до кампанії</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Edit note</source>
        <translation>зміна нотатки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete note</source>
        <translation>видалення нотатки</translation>
    </message>
    <message>
        <location line="+170"/>
        <source>Article: {label}</source>
        <translation>Стаття: {label}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment by {label}</source>
        <comment>the label is “handle: the comment&apos;s start”</comment>
        <translation>Коментар {label}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Highlight: {label}</source>
        <translation>Виділення: {label}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commenter: {label}</source>
        <translation>Коментатор: {label}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag: {label}</source>
        <translation>Тег: {label}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign: {label}</source>
        <translation>Кампанія: {label}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>article (deleted)</source>
        <translation>стаття (видалена)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>comment (deleted)</source>
        <translation>коментар (видалений)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>highlight (deleted)</source>
        <translation>виділення (видалене)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>author (deleted)</source>
        <translation>коментатор (видалений)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tag (deleted)</source>
        <translation>тег (видалений)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>campaign (dissolved)</source>
        <translation>кампанія (розпалася)</translation>
    </message>
</context>
<context>
    <name>AnnotationsBrowser</name>
    <message>
        <location filename="../../desktop/ui/annotations_browser.py" line="+7"/>
        <source>Highlight in article</source>
        <translation>Виділення в статті</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Highlight in comment</source>
        <translation>Виділення в коментарі</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note on article</source>
        <translation>Нотатка до статті</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note on comment</source>
        <translation>Нотатка до коментаря</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note on highlight</source>
        <translation>Нотатка до виділення</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note on commenter</source>
        <translation>Нотатка про коментатора</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note on tag</source>
        <translation>Нотатка до тегу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note on campaign</source>
        <translation>Нотатка до кампанії</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deleted article: {label}</source>
        <translation>Видалена стаття: {label}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted comment: {label}</source>
        <translation>Видалений коментар: {label}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted highlight: {label}</source>
        <translation>Видалене виділення: {label}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted commenter: {label}</source>
        <translation>Видалений коментатор: {label}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted tag: {label}</source>
        <translation>Видалений тег: {label}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dissolved campaign: {label}</source>
        <translation>Кампанія, що розпалася: {label}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Detached: the article this was on has been deleted ({label}).</source>
        <translation>Без прив&apos;язки: статтю, до якої це належало, видалено ({label}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detached: the comment this was on has been deleted ({label}).</source>
        <translation>Без прив&apos;язки: коментар, до якого це належало, видалено ({label}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detached: the highlight this was on has been deleted ({label}).</source>
        <translation>Без прив&apos;язки: виділення, до якого це належало, видалено ({label}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Detached: the commenter this was on has been deleted ({label}).</source>
        <translation>Без прив&apos;язки: коментатора, до якого це належало, видалено ({label}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Detached: the tag this was on has been deleted ({label}).</source>
        <translation>Без прив&apos;язки: тег, до якого це належало, видалено ({label}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detached: the campaign this was on is no longer found by the analysis ({label}).</source>
        <translation>Без прив&apos;язки: кампанію, до якої це належало, аналіз більше не знаходить ({label}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This note is on a commenter, not in an article: there is nothing to open.</source>
        <translation>Ця нотатка про коментатора, а не про статтю: відкривати нічого.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This note is on a tag, not in an article: there is nothing to open.</source>
        <translation>Ця нотатка стосується тегу, а не статті: відкривати нічого.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This note is on a campaign, not in an article: View &gt; Campaigns shows it.</source>
        <translation>Ця нотатка стосується кампанії, а не статті: її показує Вигляд &gt; Кампанії.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Commenter {handle}</source>
        <translation>Коментатор {handle}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tag {tag}</source>
        <translation>Тег {tag}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Campaign {text}</source>
        <translation>Кампанія {text}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{title} — comment by {handle}</source>
        <translation>{title} — коментар {handle}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comment by {handle}</source>
        <translation>Коментар {handle}</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>Tag</source>
        <translation>Тег</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Commenter</source>
        <translation>Коментатор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any commenter</source>
        <translation>Будь-який коментатор</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search notes and highlights</source>
        <translation>Пошук у нотатках і виділеннях</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show &amp;detached</source>
        <translation>Показувати без &amp;прив&apos;язки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes and highlights whose article, comment or tag was deleted</source>
        <translation>Нотатки й виділення, чию статтю, коментар або тег видалено</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Tag:</source>
        <translation>&amp;Тег:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Commenter:</source>
        <translation>&amp;Коментатор:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Te&amp;xt:</source>
        <translation>Те&amp;кст:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Notes and highlights</source>
        <translation>Нотатки й виділення</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The selected annotation</source>
        <translation>Вибрана нотатка або виділення</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a row to read the whole note or highlight.</source>
        <translation>Виберіть рядок, щоб прочитати нотатку або виділення повністю.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Status</source>
        <translation>Стан</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Any tag</source>
        <translation>Будь-який тег</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No commenter “{handle}”.</source>
        <translation>Коментатора «{handle}» немає.</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%Ln note(s)</source>
        <translation>
            <numerusform>%Ln нотатка</numerusform>
            <numerusform>%Ln нотатки</numerusform>
            <numerusform>%Ln нотаток</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln highlight(s)</source>
        <translation>
            <numerusform>%Ln виділення</numerusform>
            <numerusform>%Ln виділення</numerusform>
            <numerusform>%Ln виділень</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter or double-click opens the source</source>
        <translation>Enter або подвійне клацання відкриває джерело</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Tags: {tags}</source>
        <translation>Теги: {tags}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Note:</source>
        <translation>Нотатка:</translation>
    </message>
</context>
<context>
    <name>ArticleAnnotationsPanel</name>
    <message>
        <location filename="../../desktop/ui/article_annotations_panel.py" line="+22"/>
        <source>on article</source>
        <translation>до статті</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on comment</source>
        <translation>до коментаря</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on highlight</source>
        <translation>до виділення</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on commenter</source>
        <translation>про коментатора</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on tag</source>
        <translation>до тегу</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Annotations in this article</source>
        <translation>Розмітка в цій статті</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No article selected.</source>
        <translation>Статтю не вибрано.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Tags ({article} on the article, {comments} on comments)</source>
        <translation>Теги (на статті: {article}, на коментарях: {comments})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{tag}  (article)</source>
        <translation>{tag}  (стаття)</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>{tag}  (%Ln comment(s))</source>
        <translation>
            <numerusform>{tag}  (%Ln коментар)</numerusform>
            <numerusform>{tag}  (%Ln коментарі)</numerusform>
            <numerusform>{tag}  (%Ln коментарів)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Highlights ({count})</source>
        <translation>Виділення ({count})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>article</source>
        <comment>a highlight in it</comment>
        <translation>у статті</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>comment</source>
        <comment>a highlight in it</comment>
        <translation>у коментарі</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>[text changed since]</source>
        <translation>[текст відтоді змінився]</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Notes ({count})</source>
        <translation>Нотатки ({count})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing annotated in this article yet.</source>
        <translation>У цій статті ще нічого не розмічено.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click an entry to show it.</source>
        <translation>Клацніть запис, щоб показати його.</translation>
    </message>
</context>
<context>
    <name>ArticleListModel</name>
    <message>
        <location filename="../../desktop/ui/article_list_model.py" line="+74"/>
        <source>Starred</source>
        <translation>Обране</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Article title</source>
        <translation>Заголовок статті</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Comments</source>
        <translation>Коментарі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of comments</source>
        <translation>Кількість коментарів</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unread</source>
        <translation>Непрочит.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unread comments</source>
        <translation>Непрочитані коментарі</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Distinct commenters</source>
        <translation>Різні коментатори</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First comment</source>
        <translation>Перший</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time of the first comment</source>
        <translation>Час першого коментаря</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last comment</source>
        <translation>Останній</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time of the latest comment</source>
        <translation>Час останнього коментаря</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imported</source>
        <translation>Імпорт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When the article was imported</source>
        <translation>Коли статтю імпортовано</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source</source>
        <translation>Джерело</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source file or URL</source>
        <translation>Вихідний файл або URL</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replies</source>
        <translation>Відповіді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comments that answer another comment</source>
        <translation>Коментарі, що відповідають на інший коментар</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Depth</source>
        <translation>Глибина</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deepest level of the thread</source>
        <translation>Найглибший рівень гілки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lasted</source>
        <translation>Тривало</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From the first comment to the last</source>
        <translation>Від першого коментаря до останнього</translation>
    </message>
    <message>
        <location line="+156"/>
        <source>unread</source>
        <translation>не прочитана</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>starred</source>
        <translation>в обраному</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln comment(s)</source>
        <translation>
            <numerusform>%Ln коментар</numerusform>
            <numerusform>%Ln коментарі</numerusform>
            <numerusform>%Ln коментарів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln unread</source>
        <comment>comments</comment>
        <translation>
            <numerusform>%Ln непрочитаний</numerusform>
            <numerusform>%Ln непрочитані</numerusform>
            <numerusform>%Ln непрочитаних</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>last comment {time}</source>
        <translation>останній коментар {time}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{minutes} min</source>
        <translation>{minutes} хв</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} год {minutes} хв</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{days} d {hours} h</source>
        <translation>{days} дн. {hours} год</translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message>
        <location filename="../../desktop/ui/article_view.py" line="+23"/>
        <source>Article</source>
        <translation>Стаття</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Select an article to read it.</source>
        <translation>Виберіть статтю, щоб її прочитати.</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Photos: {credit}</source>
        <translation>Фото: {credit}</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Highlight</source>
        <translation>Виділення</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>published {date}</source>
        <translation>опубліковано {date}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>imported {date}</source>
        <translation>імпортовано {date}</translation>
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
        <translation>(порожній коментар)</translation>
    </message>
</context>
<context>
    <name>AuthorProfile</name>
    <message>
        <location line="-171"/>
        <source>Click a commenter&apos;s name to see their profile</source>
        <translation>Клацніть ім&apos;я коментатора, щоб побачити його профіль</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>time unknown</source>
        <translation>час невідомий</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Top-level comment</source>
        <translation>Коментар верхнього рівня</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>someone</source>
        <translation>комусь</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In reply to {who}: {line}</source>
        <translation>У відповідь {who}: {line}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In reply to {who}</source>
        <translation>У відповідь {who}</translation>
    </message>
    <message>
        <location line="+203"/>
        <source>Back to the previous profile</source>
        <translation>Назад до попереднього профілю</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Handle</source>
        <translation>Нік</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to the Article</source>
        <translation>Назад до статті</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the profile and show the article again (Esc)</source>
        <translation>Закрити профіль і повернутися до статті (Esc)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Display names</source>
        <translation>Відображувані імена</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Activity</source>
        <translation>Активність</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Replies most to</source>
        <translation>Найчастіше відповідає</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replied to most by</source>
        <translation>Найчастіше йому відповідають</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+2"/>
        <source>Tags on their comments</source>
        <translation>Теги на його коментарях</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Campaigns</source>
        <translation>Кампанії</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+138"/>
        <source>Comments, newest first</source>
        <translation>Коментарі, спершу нові</translation>
    </message>
    <message>
        <location line="-127"/>
        <source>Their comments</source>
        <translation>Його коментарі</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>This commenter is no longer in the library</source>
        <translation>Цього коментатора більше немає в бібліотеці</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Commenter: {handle}</source>
        <translation>Коментатор: {handle}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Display names: {names}</source>
        <translation>Відображувані імена: {names}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No display name other than the handle</source>
        <translation>Немає відображуваного імені, крім ніка</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln comment(s)</source>
        <translation>
            <numerusform>%Ln коментар</numerusform>
            <numerusform>%Ln коментарі</numerusform>
            <numerusform>%Ln коментарів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>in %Ln article(s)</source>
        <translation>
            <numerusform>у %Ln статті</numerusform>
            <numerusform>у %Ln статтях</numerusform>
            <numerusform>у %Ln статтях</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>first seen {time}</source>
        <translation>уперше {time}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>last seen {time}</source>
        <translation>востаннє {time}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>None yet</source>
        <translation>Поки немає</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Comments, newest first ({count})</source>
        <translation>Коментарі, спершу нові ({count})</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Near-duplicates of their comments by: {handles}</source>
        <translation>Майже дублікати їхніх коментарів писали: {handles}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Comments within minutes of: {handles}</source>
        <translation>Коментує в межах хвилин від: {handles}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{handle} ({articles} articles)</source>
        <translation>{handle} (статей: {articles})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None found (View &gt; Campaigns analyses the library)</source>
        <translation>Нічого не знайдено (Вигляд &gt; Кампанії аналізує бібліотеку)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Commenter</source>
        <translation>Коментатор</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Nobody</source>
        <translation>Ніхто</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%Ln replies</source>
        <translation>
            <numerusform>%Ln відповідь</numerusform>
            <numerusform>%Ln відповіді</numerusform>
            <numerusform>%Ln відповідей</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the profile of {handle}</source>
        <translation>Показати профіль {handle}</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <location filename="../../desktop/store/backup.py" line="+137"/>
        <source>cannot read it: {reason}</source>
        <translation>не вдається прочитати: {reason}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>SQLite cannot open it: {error}</source>
        <translation>SQLite не може її відкрити: {error}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>made by a newer Glossa</source>
        <translation>створена новішою версією Glossa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a Glossa library</source>
        <translation>не бібліотека Glossa</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>damaged: {problem}</source>
        <translation>пошкоджена: {problem}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The backup {name} cannot be used: {reason}.</source>
        <translation>Резервну копію {name} не можна використати: {reason}.</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>There is no library at {path}.</source>
        <translation>За шляхом {path} немає бібліотеки.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>The compressed backup does not read back as written. Older backups were kept.</source>
        <translation>Стиснута резервна копія читається не так, як була записана. Попередні копії збережено.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The library looks damaged: its backup fails SQLite&apos;s quick_check ({problems}). Older backups were kept.</source>
        <translation>Схоже, бібліотеку пошкоджено: її резервна копія не проходить перевірку SQLite quick_check ({problems}). Попередні резервні копії збережено.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The library looks damaged: its backup cannot be read ({error}). Older backups were kept.</source>
        <translation>Схоже, бібліотеку пошкоджено: її резервну копію не вдається прочитати ({error}). Попередні резервні копії збережено.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The backup does not match the library: the copy holds {copied}, the library {expected}. Older backups were kept.</source>
        <translation>Резервна копія не збігається з бібліотекою: у копії {copied}, а в бібліотеці {expected}. Попередні резервні копії збережено.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln стаття</numerusform>
            <numerusform>%Ln статті</numerusform>
            <numerusform>%Ln статей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln comment(s)</source>
        <translation>
            <numerusform>%Ln коментар</numerusform>
            <numerusform>%Ln коментарі</numerusform>
            <numerusform>%Ln коментарів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln note(s)</source>
        <translation>
            <numerusform>%Ln нотатка</numerusform>
            <numerusform>%Ln нотатки</numerusform>
            <numerusform>%Ln нотаток</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>schema version {version}</source>
        <translation>версія схеми {version}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Glossa could not back up the library into {folder}: {reason}</source>
        <translation>Glossa не вдалося зробити резервну копію бібліотеки в {folder}: {reason}</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Glossa could not read the library to back it up: {error}</source>
        <translation>Glossa не вдалося прочитати бібліотеку для резервного копіювання: {error}</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>A library cannot be restored from itself.</source>
        <translation>Бібліотеку не можна відновити з неї самої.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Glossa could not restore the backup: {reason}</source>
        <translation>Glossa не вдалося відновити резервну копію: {reason}</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../desktop/ui/backup_dialog.py" line="+57"/>
        <source>Backup</source>
        <translation>Резервна копія</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before restore</source>
        <translation>Перед відновленням</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before upgrade</source>
        <translation>Перед оновленням</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>an unknown number of articles</source>
        <translation>невідому кількість статей</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln стаття</numerusform>
            <numerusform>%Ln статті</numerusform>
            <numerusform>%Ln статей</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>an unknown number of notes</source>
        <translation>невідому кількість нотаток</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln note(s)</source>
        <translation>
            <numerusform>%Ln нотатка</numerusform>
            <numerusform>%Ln нотатки</numerusform>
            <numerusform>%Ln нотаток</numerusform>
        </translation>
    </message>
    <message>
        <location line="+161"/>
        <source>The backup failed: {error}</source>
        <translation>Резервне копіювання не вдалося: {error}</translation>
    </message>
</context>
<context>
    <name>BackupRunner</name>
    <message>
        <location line="+29"/>
        <source>The library is open read-only ({reason}): back up the file by copying it while Glossa is closed.</source>
        <translation>Бібліотеку відкрито лише для читання ({reason}): зробіть копію файлу, коли Glossa закрита.</translation>
    </message>
</context>
<context>
    <name>BackupTableModel</name>
    <message>
        <location line="-179"/>
        <source>Made</source>
        <translation>Створено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Розмір</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Articles</source>
        <translation>Статті</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Нотатки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Стан</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>OK</source>
        <translation>Справна</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cannot be used: {reason}</source>
        <translation>Не можна використати: {reason}</translation>
    </message>
</context>
<context>
    <name>CampaignListModel</name>
    <message>
        <location filename="../../desktop/ui/campaigns_view.py" line="+109"/>
        <source>Comments</source>
        <translation>Коментарі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handles</source>
        <translation>Ніки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Articles</source>
        <translation>Статті</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First</source>
        <translation>Перший</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last</source>
        <translation>Останній</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Burst</source>
        <translation>Сплеск</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>burst</source>
        <translation>сплеск</translation>
    </message>
</context>
<context>
    <name>Campaigns</name>
    <message>
        <location filename="../../desktop/store/campaigns.py" line="+54"/>
        <source>{login} is running the campaign analysis of this library now: try again when it has finished (the kept results can be read meanwhile).</source>
        <translation>{login} зараз виконує аналіз кампаній цієї бібліотеки: спробуйте знову, коли він завершиться (збережені результати можна читати й зараз).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another coder is running the campaign analysis of this library now: try again when it has finished (the kept results can be read meanwhile).</source>
        <translation>Інший кодувальник зараз виконує аналіз кампаній цієї бібліотеки: спробуйте знову, коли він завершиться (збережені результати можна читати й зараз).</translation>
    </message>
</context>
<context>
    <name>CampaignsWindow</name>
    <message>
        <location filename="../../desktop/ui/campaigns_view.py" line="+181"/>
        <location line="+39"/>
        <source>Campaigns</source>
        <translation>Кампанії</translation>
    </message>
    <message>
        <location line="-31"/>
        <location line="+3"/>
        <source> min</source>
        <translation> хв</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two handles comment together when they comment on an article within this time of each other</source>
        <translation>Два ніки коментують разом, коли пишуть до однієї статті в межах цього часу один від одного</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Analyse</source>
        <translation>&amp;Аналізувати</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Similarity:</source>
        <translation>Схожість:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>At least handles:</source>
        <translation>Щонайменше ніків:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Burst window:</source>
        <translation>Вікно сплеску:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co-posting window:</source>
        <translation>Вікно спільних коментарів:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Campaign text</source>
        <translation>Текст кампанії</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Comments of the campaign</source>
        <translation>Коментарі кампанії</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tag Campaign…</source>
        <translation>&amp;Тег для кампанії…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note…</source>
        <translation>&amp;Нотатка…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a note on this campaign in the Note panel</source>
        <translation>Написати нотатку до цієї кампанії на панелі «Нотатка»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport…</source>
        <translation>&amp;Експорт…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Near-duplicates</source>
        <translation>Майже дублікати</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co-posting</source>
        <translation>Спільні коментарі</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>The library is open read-only ({reason}): the analysis is kept in the library, so it cannot run.</source>
        <translation>Бібліотеку відкрито лише для читання ({reason}): аналіз зберігається в бібліотеці, тому його не можна запустити.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+44"/>
        <source>Comparing comments…</source>
        <translation>Порівняння коментарів…</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Reading the kept results…</source>
        <translation>Читання збережених результатів…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancelling…</source>
        <translation>Скасування…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Reading comments: {done} of {total}</source>
        <translation>Читання коментарів: {done} з {total}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Not analysed yet: Analyse compares every comment of the library.</source>
        <translation>Аналізу ще не було: «Аналізувати» порівняє всі коментарі бібліотеки.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{campaigns} campaigns, {pairs} pairs of handles commenting together</source>
        <translation>Кампаній: {campaigns}; пар ніків, що коментують разом: {pairs}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another coder&apos;s analysis finished: {results}</source>
        <translation>Аналіз іншого кодувальника завершено: {results}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cancelled; what was read is kept for the next analysis.</source>
        <translation>Скасовано; прочитане збережено для наступного аналізу.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The analysis failed: {reason}</source>
        <translation>Аналіз не вдався: {reason}</translation>
    </message>
    <message numerus="yes">
        <location line="+59"/>
        <source>Tag the campaign&apos;s %n comment(s) with…</source>
        <translation>
            <numerusform>Тег для %n коментаря кампанії…</numerusform>
            <numerusform>Тег для %n коментарів кампанії…</numerusform>
            <numerusform>Тег для %n коментарів кампанії…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Tag the campaign with a new tag</source>
        <translation>Новий тег для кампанії</translation>
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
        <translation>Таблиці CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+17"/>
        <source>Export Campaigns</source>
        <translation>Експорт кампаній</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exported to {path}</source>
        <translation>Експортовано до {path}</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <location filename="../../desktop/ui/charts/panel.py" line="+64"/>
        <source>Save Chart as &amp;PNG…</source>
        <translation>Зберегти діаграму як &amp;PNG…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save Chart as &amp;SVG…</source>
        <translation>Зберегти діаграму як &amp;SVG…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save Numbers as &amp;CSV…</source>
        <translation>Зберегти числа як &amp;CSV…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export</source>
        <translation>Експорт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this chart as an image, or its numbers as CSV</source>
        <translation>Зберегти діаграму як зображення або її числа як CSV</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Computing…</source>
        <translation>Обчислення…</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>PNG image (*.png)</source>
        <translation>Зображення PNG (*.png)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SVG drawing (*.svg)</source>
        <translation>Малюнок SVG (*.svg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV table (*.csv)</source>
        <translation>Таблиця CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+10"/>
        <source>Save Chart</source>
        <translation>Зберегти діаграму</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>The chart could not be saved.</source>
        <translation>Не вдалося зберегти діаграму.</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <location filename="../../desktop/ui/charts/models.py" line="+39"/>
        <source>Comments per hour</source>
        <translation>Коментарі за годинами</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comments per day</source>
        <translation>Коментарі за днями</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comments per week</source>
        <translation>Коментарі за тижнями</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comments per month</source>
        <translation>Коментарі за місяцями</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No comments</source>
        <translation>Немає коментарів</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No comment has a time</source>
        <translation>Жоден коментар не має часу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No two tags occur together yet</source>
        <translation>Поки немає тегів, що трапляються разом</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>comments</source>
        <comment>an axis, a series</comment>
        <translation>коментарі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>articles</source>
        <comment>an axis, a series</comment>
        <translation>статті</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln comment(s)</source>
        <translation>
            <numerusform>%Ln коментар</numerusform>
            <numerusform>%Ln коментарі</numerusform>
            <numerusform>%Ln коментарів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln стаття</numerusform>
            <numerusform>%Ln статті</numerusform>
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
        <translation>Немає даних</translation>
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
        <translation>Тиждень з {day:%d %b %Y}</translation>
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
            <numerusform>%Ln коментар без часу не враховано</numerusform>
            <numerusform>%Ln коментарі без часу не враховано</numerusform>
            <numerusform>%Ln коментарів без часу не враховано</numerusform>
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
        <translation>Активність за годинами доби</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hour</source>
        <comment>an axis</comment>
        <translation>година</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>local time as printed</source>
        <translation>місцевий час, як у тексті</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Top commenters</source>
        <translation>Найактивніші коментатори</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>commenter</source>
        <comment>an axis</comment>
        <translation>коментатор</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Article {id}</source>
        <translation>Стаття {id}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Most discussed articles</source>
        <translation>Найбільш обговорювані статті</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>article</source>
        <comment>an axis</comment>
        <translation>стаття</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%Ln article(s) with {size} comments</source>
        <translation>
            <numerusform>%Ln стаття з {size} коментарями</numerusform>
            <numerusform>%Ln статті з {size} коментарями</numerusform>
            <numerusform>%Ln статей з {size} коментарями</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Threads by size</source>
        <translation>Обговорення за розміром</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>comments in the thread</source>
        <comment>an axis</comment>
        <translation>коментарів в обговоренні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No articles</source>
        <translation>Немає статей</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>top level</source>
        <translation>верхній рівень</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>depth {depth} and deeper</source>
        <translation>глибина {depth} і більше</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+203"/>
        <source>depth {depth}</source>
        <translation>глибина {depth}</translation>
    </message>
    <message>
        <location line="-198"/>
        <source>Thread depth</source>
        <translation>Глибина обговорення</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>depth (1 = top level)</source>
        <comment>an axis</comment>
        <translation>глибина (1 = верхній рівень)</translation>
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
        <translation>Частота тегів</translation>
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
        <translation>кількість</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No tags used yet</source>
        <translation>Теги ще не використовувалися</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>the {shown} most used of %Ln tag(s)</source>
        <translation>
            <numerusform>{shown} найуживаніших з %Ln тегу</numerusform>
            <numerusform>{shown} найуживаніших з %Ln тегів</numerusform>
            <numerusform>{shown} найуживаніших з %Ln тегів</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>together on {count}</source>
        <translation>разом: {count}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>diagonal: how often each tag occurs</source>
        <translation>по діагоналі: як часто трапляється кожен тег</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tags on the same comment</source>
        <translation>Теги в одному коментарі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags on the same article</source>
        <translation>Теги в одній статті</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Articles commented on most</source>
        <translation>Статті, де коментатор має найбільше коментарів</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>This article has no comments in the library</source>
        <translation>Ця стаття не має коментарів у бібліотеці</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Comments in the thread</source>
        <translation>Коментарі в обговоренні</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln (person|people)</source>
        <translation>
            <numerusform>%Ln особа</numerusform>
            <numerusform>%Ln особи</numerusform>
            <numerusform>%Ln осіб</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+42"/>
        <source>Different commenters</source>
        <translation>Різні коментатори</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Comments that answer another comment</source>
        <translation>Коментарі, що відповідають на інший коментар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The deepest reply (1 = top-level comments only)</source>
        <translation>Найглибша відповідь (1 = лише коментарі верхнього рівня)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>first comment after {duration}</source>
        <translation>перший коментар через {duration}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From the article&apos;s published time to its first comment</source>
        <translation>Від публікації статті до першого коментаря</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>first reply after {duration}</source>
        <translation>перша відповідь через {duration}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From the first comment to the first reply (the article&apos;s published time is not known)</source>
        <translation>Від першого коментаря до першої відповіді (час публікації статті невідомий)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>lasted {duration}</source>
        <translation>тривало {duration}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From the first comment to the last</source>
        <translation>Від першого коментаря до останнього</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>top 3 wrote {share:.0%}</source>
        <translation>топ-3 написали {share:.0%}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of the comments written by the three most active commenters</source>
        <translation>Частка коментарів, написаних трьома найактивнішими коментаторами</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{count:,} of them with comments</source>
        <translation>з них із коментарями: {count:,}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count:,} of them replies</source>
        <translation>з них відповідей: {count:,}</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%Ln commenter(s)</source>
        <translation>
            <numerusform>%Ln коментатор</numerusform>
            <numerusform>%Ln коментатори</numerusform>
            <numerusform>%Ln коментаторів</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>median thread {median:g}</source>
        <translation>медіана обговорення: {median:g}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comments per article with comments; the largest has {count:,}</source>
        <translation>Коментарів на статтю з коментарями; у найбільшому обговоренні — {count:,}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The deepest reply in the library</source>
        <translation>Найглибша відповідь у бібліотеці</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The first and the last comment</source>
        <translation>Перший і останній коментар</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln tagged comment(s)</source>
        <translation>
            <numerusform>%Ln коментар із тегом</numerusform>
            <numerusform>%Ln коментарі з тегом</numerusform>
            <numerusform>%Ln коментарів із тегом</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln tag(s)</source>
        <translation>
            <numerusform>%Ln тег</numerusform>
            <numerusform>%Ln теги</numerusform>
            <numerusform>%Ln тегів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln article(s) (carries|carry) a tag</source>
        <translation>
            <numerusform>%Ln стаття з тегом</numerusform>
            <numerusform>%Ln статті з тегом</numerusform>
            <numerusform>%Ln статей з тегом</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln highlight(s)</source>
        <translation>
            <numerusform>%Ln виділення</numerusform>
            <numerusform>%Ln виділення</numerusform>
            <numerusform>%Ln виділень</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Comments by this commenter</source>
        <translation>Коментарі цього коментатора</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Articles they commented on</source>
        <translation>Прокоментовані статті</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their comments that answer another comment</source>
        <translation>Коментарі цього коментатора у відповідь на інші</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln answer(s) received</source>
        <translation>
            <numerusform>отримано %Ln відповідь</numerusform>
            <numerusform>отримано %Ln відповіді</numerusform>
            <numerusform>отримано %Ln відповідей</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comments answering theirs</source>
        <translation>Відповіді на коментарі цього коментатора</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Their first and last comment</source>
        <translation>Перший і останній коментар цього коментатора</translation>
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
            <numerusform>%Ln відповідь</numerusform>
            <numerusform>%Ln відповіді</numerusform>
            <numerusform>%Ln відповідей</numerusform>
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
        <translation>Нік</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Together</source>
        <translation>Разом</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared articles</source>
        <translation>Спільні статті</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>Articles where both commented within %n minute(s) of each other</source>
        <translation>
            <numerusform>Статті, де обидва прокоментували в межах %n хвилини один від одного</numerusform>
            <numerusform>Статті, де обидва прокоментували в межах %n хвилин один від одного</numerusform>
            <numerusform>Статті, де обидва прокоментували в межах %n хвилин один від одного</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoderRename</name>
    <message>
        <location filename="../../desktop/ui/coder_rename.py" line="+25"/>
        <location line="+17"/>
        <source>Your Coder Name</source>
        <translation>Ваше ім’я кодувальника</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Your earlier tags, highlights and notes in this library are recorded as “{old}”. Record them as “{new}” too?</source>
        <translation>Ваші попередні мітки, виділення й нотатки в цій бібліотеці записано на «{old}». Записати їх і на «{new}»?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep them apart if “{old}” is another person who coded here before you.</source>
        <translation>Залиште їх окремо, якщо «{old}» — інша людина, яка кодувала тут до вас.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rename “{old}” to “{new}”</source>
        <translation>Перейменувати «{old}» на «{new}»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep Them Apart</source>
        <translation>Залишити окремо</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The coder could not be renamed: {reason}</source>
        <translation>Не вдалося перейменувати кодувальника: {reason}</translation>
    </message>
</context>
<context>
    <name>Coders</name>
    <message>
        <location filename="../../desktop/store/coders.py" line="+52"/>
        <source>a coder needs a name</source>
        <translation>кодувальник повинен мати ім’я</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a coder name cannot contain control characters</source>
        <translation>ім’я кодувальника не може містити керівні символи</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a coder name has at most {limit} characters</source>
        <translation>ім’я кодувальника — не довше за {limit} символів</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>there is a coder called {name} already</source>
        <translation>кодувальник з ім’ям {name} уже є</translation>
    </message>
</context>
<context>
    <name>CommentDelegate</name>
    <message>
        <location filename="../../desktop/ui/comment_view.py" line="+270"/>
        <source>in a campaign</source>
        <translation>у кампанії</translation>
    </message>
    <message>
        <location line="+161"/>
        <source>(empty comment)</source>
        <translation>(порожній коментар)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>[%Ln more character(s)]</source>
        <translation>
            <numerusform>[ще %Ln символ]</numerusform>
            <numerusform>[ще %Ln символи]</numerusform>
            <numerusform>[ще %Ln символів]</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>time unknown</source>
        <translation>час невідомий</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cut short in the scrape</source>
        <translation>обрізано під час збирання</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%Ln replies</source>
        <translation>
            <numerusform>%Ln відповідь</numerusform>
            <numerusform>%Ln відповіді</numerusform>
            <numerusform>%Ln відповідей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln in this subthread</source>
        <translation>
            <numerusform>%Ln у цій гілці</numerusform>
            <numerusform>%Ln у цій гілці</numerusform>
            <numerusform>%Ln у цій гілці</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln hidden comment(s)</source>
        <translation>
            <numerusform>%Ln прихований коментар</numerusform>
            <numerusform>%Ln приховані коментарі</numerusform>
            <numerusform>%Ln прихованих коментарів</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommentTextEditor</name>
    <message>
        <location line="-360"/>
        <source>Comment text</source>
        <translation>Текст коментаря</translation>
    </message>
</context>
<context>
    <name>CommentTreeModel</name>
    <message>
        <location filename="../../desktop/ui/comment_tree_model.py" line="+183"/>
        <source>unread</source>
        <translation>не прочитаний</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>time unknown</source>
        <translation>час невідомий</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln replies</source>
        <translation>
            <numerusform>%Ln відповідь</numerusform>
            <numerusform>%Ln відповіді</numerusform>
            <numerusform>%Ln відповідей</numerusform>
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
        <translation>Коментарі</translation>
    </message>
</context>
<context>
    <name>Copy</name>
    <message>
        <location filename="../../desktop/store/copy.py" line="+52"/>
        <source>A library cannot be copied into itself.</source>
        <translation>Бібліотеку не можна скопіювати саму в себе.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The destination already holds a library ({held}): copy into a new file or an empty database.</source>
        <translation>Місце призначення вже містить бібліотеку ({held}): копіюйте в новий файл або порожню базу даних.</translation>
    </message>
</context>
<context>
    <name>DamagedLibraryBox</name>
    <message>
        <location filename="../../desktop/ui/backup_dialog.py" line="+171"/>
        <source>The library is damaged</source>
        <translation>Бібліотеку пошкоджено</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The newest good backup was made {time} ({articles}, {notes}). Restoring it keeps the damaged file as a backup too.</source>
        <translation>Найновішу справну резервну копію створено {time} ({articles}, {notes}). Під час її відновлення пошкоджений файл теж збережеться як резервна копія.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restore the Backup of {date}…</source>
        <translation>Відновити копію від {date}…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No good backup of this library was found.</source>
        <translation>Справної резервної копії цієї бібліотеки не знайдено.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open Read-Only</source>
        <translation>Відкрити лише для читання</translation>
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
        <translation>Година</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Week</source>
        <translation>Тиждень</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month</source>
        <translation>Місяць</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Time buckets of the comments-over-time chart</source>
        <translation>Проміжки часу на діаграмі коментарів у часі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time unit</source>
        <translation>Одиниця часу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh</source>
        <translation>Оновити</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compute the figures again</source>
        <translation>Обчислити показники знову</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Time &amp;unit:</source>
        <translation>&amp;Одиниця часу:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Figures</source>
        <translation>Показники</translation>
    </message>
    <message>
        <location line="+71"/>
        <location line="+15"/>
        <source>Computing…</source>
        <translation>Обчислення…</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Article</source>
        <translation>Стаття</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commenter</source>
        <translation>Коментатор</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+71"/>
        <source>Library {name}</source>
        <translation>Бібліотека {name}</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>The figures could not be computed</source>
        <translation>Не вдалося обчислити показники</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The figures could not be computed.</source>
        <translation>Не вдалося обчислити показники.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Computed in {seconds} s</source>
        <translation>Обчислено за {seconds} с</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It is no longer in the library.</source>
        <translation>Цього більше немає в бібліотеці.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Tags count only your own work (blind coding); View &gt; Coders &gt; All Coders counts everyone&apos;s.</source>
        <translation>Теги враховують лише вашу роботу (сліпе кодування); Вигляд &gt; Кодувальники &gt; Усі кодувальники враховує роботу всіх.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags count only {coder}&apos;s work.</source>
        <translation>Теги враховують лише роботу кодувальника {coder}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Article {id}</source>
        <translation>Стаття {id}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Commenter {id}</source>
        <translation>Коментатор {id}</translation>
    </message>
</context>
<context>
    <name>DataSize</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/i18n.py" line="+296"/>
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln байт</numerusform>
            <numerusform>%Ln байти</numerusform>
            <numerusform>%Ln байтів</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Decoding</name>
    <message>
        <location filename="../../desktop/ingest/decode.py" line="+27"/>
        <source>truncated inside a multi-byte character at the end</source>
        <translation>обрізаний наприкінці посеред багатобайтового символу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only whitespace</source>
        <translation>лише пробільні символи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not text in any known encoding</source>
        <translation>не текст у жодному відомому кодуванні</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>empty file</source>
        <translation>порожній файл</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>binary data, not text</source>
        <translation>двійкові дані, а не текст</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>{count} control characters removed</source>
        <translation>вилучено керівних символів: {count}</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>mixed encodings: {count} of {total} lines read as {encoding}</source>
        <translation>змішані кодування: рядків, прочитаних як {encoding}: {count} з {total}</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>no readable text</source>
        <translation>немає читабельного тексту</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{count} undecodable bytes replaced</source>
        <translation>замінено нерозпізнаних байтів: {count}</translation>
    </message>
</context>
<context>
    <name>DisagreementModel</name>
    <message>
        <location filename="../../desktop/ui/agreement_window.py" line="-200"/>
        <source>Comment</source>
        <translation>Коментар</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tag</source>
        <translation>Тег</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreed</source>
        <translation>Узгоджено</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+1"/>
        <source>yes</source>
        <translation>так</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+1"/>
        <source>no</source>
        <translation>ні</translation>
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
        <translation>{minutes} хв</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} год {minutes} хв</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{hours} h</source>
        <translation>{hours} год</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{days} d {hours} h</source>
        <translation>{days} дн. {hours} год</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{weeks} w {days} d</source>
        <translation>{weeks} тиж. {days} дн.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{weeks} w</source>
        <translation>{weeks} тиж.</translation>
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
        <translation>експорт скасовано; нічого не записано</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{files} already exists</source>
        <translation>{files} уже існує</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{files} already exist</source>
        <translation>{files} уже існують</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot write {path}: there is no folder {folder}</source>
        <translation>не вдається записати {path}: теки {folder} немає</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot write {path}: {reason}</source>
        <translation>не вдається записати {path}: {reason}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{path} is a folder</source>
        <translation>{path} — це тека</translation>
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
        <translation>Проєкт REFI-QDA (*.qdpx)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>JSON (Glossa, lossless)</source>
        <translation>JSON (Glossa, без втрат)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV (spreadsheets, pandas, R)</source>
        <translation>CSV (електронні таблиці, pandas, R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markdown report</source>
        <translation>Звіт у Markdown</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>REFI-QDA project (.qdpx)</source>
        <translation>Проєкт REFI-QDA (.qdpx)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>These files exist already:</source>
        <translation>Ці файли вже існують:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace them with the export?</source>
        <translation>Замінити їх експортом?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace files?</source>
        <translation>Замінити файли?</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Export</source>
        <translation>Експорт</translation>
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
        <translation>Що експортувати</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The whole library</source>
        <translation>Усю бібліотеку</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The selected articles (%n)</source>
        <translation>
            <numerusform>Вибрану статтю (%n)</numerusform>
            <numerusform>Вибрані статті (%n)</numerusform>
            <numerusform>Вибрані статті (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The selected articles (none)</source>
        <translation>Вибрані статті (не вибрано)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The current search results: “{query}”</source>
        <translation>Поточні результати пошуку: «{query}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The current search results (no search)</source>
        <translation>Поточні результати пошуку (пошуку немає)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Everything tagged {tags} (with the tags below)</source>
        <translation>Усе з тегами {tags} (і тегами під ними)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything carrying a tag (no tag chosen)</source>
        <translation>Усе з тегом (тег не вибрано)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Pseudonymise commenters (handles and names become “Commenter 17”)</source>
        <translation>&amp;Псевдонімізувати коментаторів (ніки й імена стануть «Commenter 17»)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a byte-order mark so &amp;Excel reads the CSV as UTF-8</source>
        <translation>Додати &amp;мітку порядку байтів, щоб Excel читав CSV як UTF-8</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each &amp;comment also as a source of its own (REFI-QDA, to analyse per comment)</source>
        <translation>Кожен &amp;коментар — ще й окреме джерело (REFI-QDA, для аналізу за коментарями)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You are coding blind (Only Mine): the export holds only your own codings, notes, highlights and coded marks, and no agreement table.</source>
        <translation>Ви кодуєте наосліп (Лише мої): експорт містить лише ваші коди, нотатки, виділення та позначки «закодовано», без таблиці узгодженості.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only {coder}&apos;s codings, notes, highlights and coded marks are exported, as the window shows them.</source>
        <translation>Експортуються лише коди, нотатки, виділення та позначки «закодовано» кодувальника {coder}, як їх показує вікно.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Destination</source>
        <translation>Місце збереження</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose where to save the export</source>
        <translation>Виберіть, куди зберегти експорт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Огляд…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+67"/>
        <source>&amp;Save to:</source>
        <translation>&amp;Зберегти в:</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>E&amp;xport</source>
        <translation>&amp;Експортувати</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save into folder (or NAME.csv):</source>
        <translation>&amp;Зберегти в теку (або НАЗВА.csv):</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Export CSV files into a folder</source>
        <translation>Експортувати файли CSV у теку</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export to</source>
        <translation>Експортувати в</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Nothing was exported: the files are still as they were.</source>
        <translation>Нічого не експортовано: файли лишилися як були.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Exporting…</source>
        <translation>Експорт…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancelling…</source>
        <translation>Скасування…</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Exporting: {done} of %Ln article(s)</source>
        <translation>
            <numerusform>Експорт: {done} з %Ln статті</numerusform>
            <numerusform>Експорт: {done} з %Ln статей</numerusform>
            <numerusform>Експорт: {done} з %Ln статей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln стаття</numerusform>
            <numerusform>%Ln статті</numerusform>
            <numerusform>%Ln статей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln comment(s)</source>
        <translation>
            <numerusform>%Ln коментар</numerusform>
            <numerusform>%Ln коментарі</numerusform>
            <numerusform>%Ln коментарів</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported {articles} and {comments} ({scope}) to:</source>
        <translation>Експортовано: {articles} і {comments} ({scope}) до:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export finished</source>
        <translation>Експорт завершено</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The export failed: {reason}</source>
        <translation>Експорт не вдався: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The export failed; nothing was written.</source>
        <translation>Експорт не вдався; нічого не записано.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export failed</source>
        <translation>Експорт не вдався</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancelled: nothing was written.</source>
        <translation>Скасовано: нічого не записано.</translation>
    </message>
</context>
<context>
    <name>ExportScope</name>
    <message>
        <location filename="../../desktop/exporting/scope.py" line="+99"/>
        <source>whole library</source>
        <translation>уся бібліотека</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>there is no article {ids}</source>
        <translation>немає статті {ids}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>articles {ids}</source>
        <translation>статті {ids}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>search: {query}</source>
        <translation>пошук: {query}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>there is no tag {ids}</source>
        <translation>немає тегу {ids}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no tag was given</source>
        <translation>тег не вказано</translation>
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
        <translation>Резервне копіювання вже триває.</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+44"/>
        <source>Backed up: {name}</source>
        <translation>Резервну копію створено: {name}</translation>
    </message>
    <message>
        <location line="-38"/>
        <location line="+45"/>
        <source>The backup failed.</source>
        <translation>Резервне копіювання не вдалося.</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Daily backup failed: {reason}</source>
        <translation>Щоденне резервне копіювання не вдалося: {reason}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Back up the server library into a file</source>
        <translation>Зберегти копію серверної бібліотеки у файл</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Backing up…</source>
        <translation>Створюється копія…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A library on a server is restored by its administrator, or from a library file with `glossa copy FILE SERVER` into an empty database.</source>
        <translation>Бібліотеку на сервері відновлює її адміністратор, або з файлу бібліотеки командою `glossa copy ФАЙЛ СЕРВЕР` у порожню базу даних.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Wait for the import or backup to finish first.</source>
        <translation>Спершу дочекайтеся завершення імпорту або резервного копіювання.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The restore failed; the library is as it was.</source>
        <translation>Відновлення не вдалося; бібліотека лишилася як була.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Glossa cannot reopen the library.</source>
        <translation>Glossa не може знову відкрити бібліотеку.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restored from the backup.</source>
        <translation>Відновлено з резервної копії.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>There is no library at {path}.</source>
        <translation>За шляхом {path} немає бібліотеки.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+42"/>
        <source>Wait for the import to finish first.</source>
        <translation>Спершу дочекайтеся завершення імпорту.</translation>
    </message>
    <message>
        <location line="-36"/>
        <location line="+203"/>
        <source>Glossa cannot open {path}.</source>
        <translation>Glossa не може відкрити {path}.</translation>
    </message>
    <message>
        <location line="-192"/>
        <location line="+159"/>
        <source>Glossa cannot open that library.</source>
        <translation>Glossa не може відкрити цю бібліотеку.</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>the library is damaged</source>
        <translation>бібліотеку пошкоджено</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>Glossa cannot create the folder for {path}.</source>
        <translation>Glossa не може створити теку для {path}.</translation>
    </message>
    <message>
        <location line="-353"/>
        <location line="+369"/>
        <source>Glossa cannot open the library.</source>
        <translation>Glossa не може відкрити бібліотеку.</translation>
    </message>
</context>
<context>
    <name>GlossaImport</name>
    <message>
        <location filename="../../desktop/ingest/glossa_export.py" line="+169"/>
        <source>{what} is not text</source>
        <translation>{what}: очікувався текст</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{what} is too large</source>
        <translation>{what}: завелике число</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{what} is not a whole number</source>
        <translation>{what}: очікувалося ціле число</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{what} is not a list</source>
        <translation>{what}: очікувався список</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{what} is not an object</source>
        <translation>{what}: очікувався об&apos;єкт</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>posted_at {value} is not a time</source>
        <translation>posted_at: {value} — не дата й час</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+181"/>
        <source>a coder</source>
        <translation>кодувальник</translation>
    </message>
    <message>
        <location filename="../../desktop/store/glossa_json.py" line="+87"/>
        <source>a coder: {error}</source>
        <translation>кодувальник: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/ingest/glossa_export.py" line="-171"/>
        <source>a note</source>
        <translation>нотатка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a note&apos;s text</source>
        <translation>текст нотатки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a note&apos;s revisions</source>
        <translation>історія нотатки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a revision</source>
        <translation>версія з історії нотатки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a revision&apos;s text</source>
        <translation>текст версії з історії нотатки</translation>
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
        <translation>шлях тегу</translation>
    </message>
    <message>
        <location filename="../../desktop/store/glossa_json.py" line="+83"/>
        <source>tag {tag}: {problem}</source>
        <translation>тег {tag}: {problem}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>tag {tag}: key {key} stays with the tag that has it</source>
        <translation>тег {tag}: клавіша {key} залишається за тегом, якому її вже призначено</translation>
    </message>
    <message>
        <location filename="../../desktop/ingest/glossa_export.py" line="+4"/>
        <source>a tag&apos;s notes</source>
        <translation>нотатки тегу</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an author</source>
        <translation>автор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an author&apos;s handle</source>
        <translation>нік автора</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an author without a handle</source>
        <translation>автор без ніка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an author&apos;s aliases</source>
        <translation>відображувані імена автора</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>a display name</source>
        <translation>відображуване ім&apos;я</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an author&apos;s notes</source>
        <translation>нотатки про автора</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>an article</source>
        <translation>стаття</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>a coding</source>
        <translation>кодування</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>a highlight</source>
        <translation>виділення</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a highlight&apos;s start</source>
        <translation>початок виділення</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a highlight&apos;s end</source>
        <translation>кінець виділення</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a highlight from {start} to {end}</source>
        <translation>виділення від {start} до {end}: неправильні межі</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a highlight&apos;s text</source>
        <translation>текст виділення</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a highlight&apos;s notes</source>
        <translation>нотатки до виділення</translation>
    </message>
    <message>
        <location line="+159"/>
        <source>detached notes</source>
        <translation>нотатки без прив&apos;язки</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>a detached note</source>
        <translation>нотатка без прив&apos;язки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a note&apos;s target_kind</source>
        <translation>target_kind нотатки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a note on {kind}</source>
        <translation>нотатка до об&apos;єкта невідомого виду {kind}</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+19"/>
        <source>a note&apos;s label</source>
        <translation>підпис нотатки</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>detached highlights</source>
        <translation>виділення без прив&apos;язки</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>a detached highlight</source>
        <translation>виділення без прив&apos;язки</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a highlight on {kind}</source>
        <translation>виділення в об&apos;єкті невідомого виду {kind}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a highlight&apos;s label</source>
        <translation>підпис виділення</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a campaign</source>
        <translation>кампанія</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a campaign&apos;s notes</source>
        <translation>нотатки до кампанії</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>a comment</source>
        <translation>коментар</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a comment&apos;s author</source>
        <translation>автор коментаря</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>comment {number} has no author</source>
        <translation>коментар {number} не має автора</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a comment&apos;s body</source>
        <translation>текст коментаря</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a paragraph</source>
        <translation>абзац</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a warning</source>
        <translation>попередження</translation>
    </message>
    <message>
        <location filename="../../desktop/store/glossa_json.py" line="+254"/>
        <source>a Glossa export of version {version}; this Glossa reads version {readable}</source>
        <translation>експорт Glossa версії {version}; ця версія Glossa читає версію {readable}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a pseudonymised export: its commenters are “Commenter N”, not this library&apos;s names</source>
        <translation>експорт із псевдонімами: коментатори в ньому — «Commenter N», а не імена з цієї бібліотеки</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>article {number} ({title}): {problem}</source>
        <translation>стаття {number} ({title}): {problem}</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>detached notes and highlights: {problem}</source>
        <translation>нотатки та виділення без прив&apos;язки: {problem}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>notes on campaigns: {problem}</source>
        <translation>нотатки до кампаній: {problem}</translation>
    </message>
    <message>
        <location filename="../../desktop/ingest/glossa_export.py" line="+74"/>
        <source>not a usable Glossa export: {problem}</source>
        <translation>непридатний експорт Glossa: {problem}</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../../desktop/ingest/report.py" line="+24"/>
        <location filename="../../desktop/store/glossa_json.py" line="-46"/>
        <source>cancelled</source>
        <translation>скасовано</translation>
    </message>
    <message>
        <location filename="../../desktop/ingest/walk.py" line="+32"/>
        <source>a named pipe (FIFO)</source>
        <translation>іменований канал (FIFO)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a socket</source>
        <translation>сокет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a character device</source>
        <translation>символьний пристрій</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a block device</source>
        <translation>блоковий пристрій</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>cannot read folder: {reason}</source>
        <translation>не вдається прочитати теку: {reason}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>no such file or folder</source>
        <translation>немає такого файлу або теки</translation>
    </message>
    <message>
        <location filename="../../desktop/ingest/importer.py" line="+197"/>
        <location filename="../../desktop/ingest/parallel.py" line="+85"/>
        <source>not a regular file: {kind}</source>
        <translation>не звичайний файл: {kind}</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../desktop/ingest/parallel.py" line="+4"/>
        <source>cannot read: {reason}</source>
        <translation>не вдається прочитати: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/ingest/walk.py" line="+28"/>
        <source>a folder</source>
        <translation>тека</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a special file</source>
        <translation>спеціальний файл</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>too large to read whole: {size} MB, and the most Glossa reads whole is {limit} MB (a JSON-lines dump, one record per line, may be any size)</source>
        <translation>завеликий, щоб прочитати цілком: {size} МБ, а Glossa читає цілком щонайбільше {limit} МБ (дамп JSON Lines, по запису на рядок, може бути будь-якого розміру)</translation>
    </message>
    <message>
        <location filename="../../desktop/ingest/formats/json_lines.py" line="+65"/>
        <source>records on lines {first}-{last}</source>
        <translation>записи в рядках {first}–{last}</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>no &apos;text&apos; field</source>
        <translation>немає поля «text»</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no text in its &apos;text&apos; field</source>
        <translation>у полі «text» немає тексту</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>not valid JSON: {error}</source>
        <translation>некоректний JSON: {error}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>item {number}: not a JSON object</source>
        <translation>елемент {number}: не об&apos;єкт JSON</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>line {number}: longer than {limit} MB, not read</source>
        <translation>рядок {number}: довший за {limit} МБ, не прочитано</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>line {number}: not valid JSON</source>
        <translation>рядок {number}: некоректний JSON</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>line {number}: not a JSON object</source>
        <translation>рядок {number}: не об&apos;єкт JSON</translation>
    </message>
    <message>
        <location filename="../../desktop/ingest/report.py" line="+366"/>
        <source>not imported: the import stopped before this file: {reason}</source>
        <translation>не імпортовано: імпорт зупинився до цього файлу: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/store/batches.py" line="+266"/>
        <source>could not import: {reason}</source>
        <translation>не вдалося імпортувати: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/ingest/formats/json_lines.py" line="+40"/>
        <source>record on line {number}</source>
        <translation>запис у рядку {number}</translation>
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
        <translation>база даних SQLite іншої програми, а не бібліотека Glossa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a library of an older Glossa: open it once with this Glossa, which upgrades it, then merge it</source>
        <translation>бібліотека старішої Glossa: відкрийте її один раз цією Glossa, яка її оновить, потім виконайте злиття</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a library copy being merged</source>
        <translation>копія бібліотеки під час злиття</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a library this Glossa can merge: {reason}</source>
        <translation>не бібліотека, яку ця Glossa може злити: {reason}</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <location filename="../../desktop/ui/import_controller.py" line="+81"/>
        <source>Preparing the import…</source>
        <translation>Підготовка імпорту…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Importing</source>
        <translation>Імпорт</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cancelling after the current file…</source>
        <translation>Скасування після поточного файлу…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>File {number} of {total}: {name}</source>
        <translation>Файл {number} з {total}: {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{articles} and {comments} imported so far</source>
        <translation>Поки що імпортовано: {articles} і {comments}</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln стаття</numerusform>
            <numerusform>%Ln статті</numerusform>
            <numerusform>%Ln статей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln comment(s)</source>
        <translation>
            <numerusform>%Ln коментар</numerusform>
            <numerusform>%Ln коментарі</numerusform>
            <numerusform>%Ln коментарів</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <location filename="../../desktop/ui/import_report.py" line="+122"/>
        <source>{articles} and {comments} imported {from_files}.</source>
        <translation>Імпортовано: {articles} і {comments} {from_files}.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location line="+97"/>
        <source>%Ln new article(s)</source>
        <translation>
            <numerusform>%Ln нова стаття</numerusform>
            <numerusform>%Ln нові статті</numerusform>
            <numerusform>%Ln нових статей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-96"/>
        <location line="+101"/>
        <source>%Ln comment(s)</source>
        <translation>
            <numerusform>%Ln коментар</numerusform>
            <numerusform>%Ln коментарі</numerusform>
            <numerusform>%Ln коментарів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-100"/>
        <source>from %Ln file(s)</source>
        <translation>
            <numerusform>з %Ln файлу</numerusform>
            <numerusform>з %Ln файлів</numerusform>
            <numerusform>з %Ln файлів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln article(s) already in the library got new comments from a newer scrape.</source>
        <translation>
            <numerusform>%Ln стаття, що вже була в бібліотеці, отримала нові коментарі з новішого збирання.</numerusform>
            <numerusform>%Ln статті, що вже були в бібліотеці, отримали нові коментарі з новішого збирання.</numerusform>
            <numerusform>%Ln статей, що вже були в бібліотеці, отримали нові коментарі з новішого збирання.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln article(s) were already in the library unchanged.</source>
        <translation>
            <numerusform>%Ln стаття вже була в бібліотеці без змін.</numerusform>
            <numerusform>%Ln статті вже були в бібліотеці без змін.</numerusform>
            <numerusform>%Ln статей уже були в бібліотеці без змін.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln file(s) had problems; see above.</source>
        <translation>
            <numerusform>З %Ln файлом виникли проблеми, докладніше вище.</numerusform>
            <numerusform>З %Ln файлами виникли проблеми, докладніше вище.</numerusform>
            <numerusform>З %Ln файлами виникли проблеми, докладніше вище.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln file(s) had problems; see below.</source>
        <translation>
            <numerusform>З %Ln файлом виникли проблеми, докладніше нижче.</numerusform>
            <numerusform>З %Ln файлами виникли проблеми, докладніше нижче.</numerusform>
            <numerusform>З %Ln файлами виникли проблеми, докладніше нижче.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The import was cancelled: everything imported before that is kept; the rest was not imported.</source>
        <translation>Імпорт скасовано: усе імпортоване до цього збережено, решту не імпортовано.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The import stopped: {reason} Everything imported before that is kept.</source>
        <translation>Імпорт зупинено: {reason} Усе імпортоване до цього збережено.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The full report, {path}, stops short: {reason}. What it misses is shown here.</source>
        <translation>Повний звіт ({path}) обривається: {reason}. Те, чого в ньому немає, показано тут.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No full report could be written: {reason}. Everything is shown here.</source>
        <translation>Повний звіт записати не вдалося: {reason}. Тут показано все.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The full report, every file and note included, is in {path}</source>
        <translation>Повний звіт, з усіма файлами й примітками, міститься в {path}</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+32"/>
        <source>SKIPPED</source>
        <translation>ПРОПУЩЕНО</translation>
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
        <translation>примітка</translation>
    </message>
    <message numerus="yes">
        <location line="-18"/>
        <source>%Ln more note(s) are in the full report.</source>
        <translation>
            <numerusform>Ще %Ln примітка — у повному звіті.</numerusform>
            <numerusform>Ще %Ln примітки — у повному звіті.</numerusform>
            <numerusform>Ще %Ln приміток — у повному звіті.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <location line="+52"/>
        <source>%Ln file(s) not read: neither text nor JSON-lines by their name:</source>
        <translation>
            <numerusform>Не прочитано %Ln файл: судячи з назви, це не текст і не JSON-lines:</numerusform>
            <numerusform>Не прочитано %Ln файли: судячи з назв, це не текст і не JSON-lines:</numerusform>
            <numerusform>Не прочитано %Ln файлів: судячи з назв, це не текст і не JSON-lines:</numerusform>
        </translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Nothing was skipped and nothing needed a note.</source>
        <translation>Нічого не пропущено, приміток немає.</translation>
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
        <translation>Бібліотека: {path}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported from: {path}</source>
        <translation>Імпортовано з: {path}</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%Ln article(s) merged with a newer scrape</source>
        <translation>
            <numerusform>%Ln стаття об&apos;єднана з новішим збиранням</numerusform>
            <numerusform>%Ln статті об&apos;єднані з новішим збиранням</numerusform>
            <numerusform>%Ln статей об&apos;єднано з новішим збиранням</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln article(s) already in the library</source>
        <translation>
            <numerusform>%Ln стаття вже була в бібліотеці</numerusform>
            <numerusform>%Ln статті вже були в бібліотеці</numerusform>
            <numerusform>%Ln статей уже були в бібліотеці</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <location line="-164"/>
        <location line="+148"/>
        <source>Import report</source>
        <translation>Звіт про імпорт</translation>
    </message>
    <message>
        <location line="-134"/>
        <source>Import details</source>
        <translation>Подробиці імпорту</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open Full Report</source>
        <translation>Відкрити повний звіт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open Folder</source>
        <translation>Відкрити теку</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The import stopped because of an error. Everything imported before it was kept.</source>
        <translation>Імпорт зупинено через помилку. Усе імпортоване до неї збережено.</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <location filename="../../desktop/store/check.py" line="+54"/>
        <location filename="../../desktop/store/db.py" line="+198"/>
        <source>SQLite cannot read the library: {error}</source>
        <translation>SQLite не може прочитати бібліотеку: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/store/db.py" line="-115"/>
        <source>{path} is damaged: {reason}. Glossa has not changed the file; restore it from a backup, or open it read-only to copy out what can still be read.</source>
        <translation>Файл {path} пошкоджено: {reason}. Glossa не змінювала файл; відновіть його з резервної копії або відкрийте лише для читання, щоб скопіювати те, що ще читається.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>{path} is a folder, not a library file</source>
        <translation>{path} — це тека, а не файл бібліотеки</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot create the folder for {path}: {reason}</source>
        <translation>не вдається створити теку для {path}: {reason}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the library&apos;s disk is read-only</source>
        <translation>диск із бібліотекою доступний лише для читання</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../desktop/store/server.py" line="+284"/>
        <source>{path} is not a usable Glossa library: {error}</source>
        <translation>Файл {path} не можна використати як бібліотеку Glossa: {error}</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>opened read-only</source>
        <translation>відкрито лише для читання</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>there is no library at {path}</source>
        <translation>за шляхом {path} немає бібліотеки</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{path} was written by a newer Glossa (schema version {version})</source>
        <translation>Файл {path} записано новішою версією Glossa (версія схеми {version})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} needs an upgrade to this Glossa&apos;s schema, but it can only be opened read-only ({reason}). Copy it to a folder you can write to, or open it with the Glossa that made it.</source>
        <translation>Файл {path} треба оновити до схеми цієї версії Glossa, але його можна відкрити лише для читання ({reason}). Скопіюйте його в теку, доступну для запису, або відкрийте тією версією Glossa, якою його створено.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>cannot create a library in {folder}: the folder is read-only</source>
        <translation>не вдається створити бібліотеку в {folder}: тека доступна лише для читання</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the library file is read-only</source>
        <translation>файл бібліотеки доступний лише для читання</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the folder holding the library is read-only</source>
        <translation>тека з бібліотекою доступна лише для читання</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SQLite&apos;s quick_check found: {problems}</source>
        <translation>перевірка SQLite (quick_check) виявила: {problems}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SQLite cannot read it ({error})</source>
        <translation>SQLite не може його прочитати ({error})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot read {path}: {reason}</source>
        <translation>не вдається прочитати {path}: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its first bytes are not an SQLite database&apos;s</source>
        <translation>його перші байти не схожі на початок бази даних SQLite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is not a Glossa library (not an SQLite database), or it is damaged</source>
        <translation>Файл {path} — не бібліотека Glossa (не база даних SQLite) або його пошкоджено</translation>
    </message>
    <message>
        <location line="-216"/>
        <location line="+279"/>
        <location filename="../../desktop/store/server.py" line="-1"/>
        <source>cannot open {path}: {error}</source>
        <translation>не вдається відкрити {path}: {error}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{path} was written by a newer Glossa (schema version {version}; this Glossa knows up to {known}). Open it with a newer Glossa; it has not been changed.</source>
        <translation>Файл {path} записано новішою версією Glossa (версія схеми {version}; ця версія Glossa знає схеми до {known}). Відкрийте його новішою версією Glossa; файл не змінено.</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>its schema version ({version}) is not one Glossa writes</source>
        <translation>його версія схеми ({version}) не з тих, які записує Glossa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} is not a Glossa library (an SQLite database of another program)</source>
        <translation>Файл {path} — не бібліотека Glossa (це база даних SQLite іншої програми)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>its schema version says {version}, but it has tables of later versions ({tables})</source>
        <translation>за версією схеми це {version}, але в ньому є таблиці пізніших версій ({tables})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its article and comment tables are missing</source>
        <translation>у ньому немає таблиць статей і коментарів</translation>
    </message>
    <message>
        <location filename="../../desktop/store/server.py" line="-9"/>
        <source>your login may read this library but not change it; its owner can grant you more</source>
        <translation>ваш обліковий запис може читати цю бібліотеку, але не змінювати її; її власник може надати вам більше прав</translation>
    </message>
</context>
<context>
    <name>LibraryLock</name>
    <message>
        <location filename="../../desktop/ui/single_instance.py" line="+44"/>
        <source>another program</source>
        <translation>інша програма</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{program} (process {pid} on {host})</source>
        <translation>{program} (процес {pid} на {host})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this computer</source>
        <translation>цьому комп&apos;ютері</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Glossa cannot write its lock file beside the library ({folder}): permission denied.</source>
        <translation>Glossa не може записати файл блокування поруч із бібліотекою ({folder}): немає прав доступу.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The library is in use by {holder}.</source>
        <translation>Бібліотеку використовує {holder}.</translation>
    </message>
</context>
<context>
    <name>LibraryPlace</name>
    <message>
        <location filename="../../desktop/store/check.py" line="+385"/>
        <source>Sync services and network drives copy the file while Glossa writes it, which can corrupt the library or lose recent work. Keep the library on a local disk; Glossa&apos;s own backups (in the folder beside it) are safe to sync.</source>
        <translation>Служби синхронізації та мережеві диски копіюють файл, поки Glossa в нього пише, і це може пошкодити бібліотеку або призвести до втрати нещодавньої роботи. Тримайте бібліотеку на локальному диску; резервні копії Glossa (у теці поруч із нею) синхронізувати безпечно.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>a cloud storage provider</source>
        <translation>хмарного сховища</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The library is inside a {service} folder ({folder}). {advice}</source>
        <translation>Бібліотека розташована в теці {service} ({folder}). {advice}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The library is on a network drive ({filesystem}). {advice}</source>
        <translation>Бібліотека розташована на мережевому диску ({filesystem}). {advice}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{device} on {folder}, {filesystem}</source>
        <translation>{device}, змонтовано в {folder}, {filesystem}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/window_actions.py" line="+24"/>
        <source>Glossa libraries (*.glossa);;All files (*)</source>
        <translation>Бібліотеки Glossa (*.glossa);;Усі файли (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/article_list_panel.py" line="+46"/>
        <source>Filter titles  (Ctrl+F)</source>
        <translation>Фільтр заголовків  (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter article titles</source>
        <translation>Фільтр заголовків статей</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../desktop/ui/main_window.py" line="+152"/>
        <source>Articles</source>
        <translation>Статті</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="+2"/>
        <location line="+76"/>
        <source>Search</source>
        <translation>Пошук</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Note</source>
        <translation>Нотатка</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In This Article</source>
        <translation>У цій статті</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Ready</source>
        <translation>Готово</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_actions.py" line="+1"/>
        <source>Scraped text, exports, libraries (*.txt *.text *.jsonl *.ndjson *.json *.glossa);;All files (*)</source>
        <translation>Зібраний текст, експорт, бібліотеки (*.txt *.text *.jsonl *.ndjson *.json *.glossa);;Усі файли (*)</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>&amp;Undo</source>
        <translation>&amp;Скасувати</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторити</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Annotations &amp;Browser</source>
        <translation>&amp;Огляд нотаток і виділень</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every note and highlight in the library</source>
        <translation>Усі нотатки й виділення бібліотеки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Write Note</source>
        <translation>Нап&amp;исати нотатку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a note on the current comment, article or tag</source>
        <translation>Написати нотатку до поточного коментаря, статті або тегу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Search</source>
        <translation>&amp;Пошук</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full-text search over articles and comments</source>
        <translation>Повнотекстовий пошук у статтях і коментарях</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search S&amp;yntax</source>
        <translation>Синтаксис &amp;пошуку</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Dashboard</source>
        <translation>&amp;Діаграми</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charts of the library&apos;s discussions</source>
        <translation>Діаграми обговорень у бібліотеці</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Article Dashboard</source>
        <translation>Діаграми &amp;статті</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Commenter Dashboa&amp;rd</source>
        <translation>Діаграми &amp;коментатора</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charts of the commenter shown in the Commenter panel</source>
        <translation>Діаграми коментатора, відкритого на панелі «Коментатор»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Campai&amp;gns</source>
        <translation>Ка&amp;мпанії</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Near-duplicate comments posted by several handles, and handles that comment together</source>
        <translation>Майже однакові коментарі кількох ніків і ніки, що коментують разом</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agreeme&amp;nt</source>
        <translation>Узгодже&amp;ність</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How far coders agree, per tag, over the comments they all marked coded</source>
        <translation>Наскільки узгоджені кодувальники, за кожним тегом, на коментарях, які всі вони позначили закодованими</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Налаштування…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Commenter Pro&amp;file</source>
        <translation>Профіль ко&amp;ментатора</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything the current comment&apos;s author wrote, across the library</source>
        <translation>Усе, що автор поточного коментаря написав у всій бібліотеці</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import Files…</source>
        <translation>&amp;Імпорт файлів…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import &amp;Folder…</source>
        <translation>Імпорт &amp;теки…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export…</source>
        <translation>&amp;Експорт…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the library, the selection, the search results or a tag</source>
        <translation>Експортувати бібліотеку, вибране, результати пошуку або тег</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New Library…</source>
        <translation>&amp;Нова бібліотека…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back Up Now</source>
        <translation>Створити &amp;резервну копію</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the library into its backups folder now</source>
        <translation>Скопіювати бібліотеку до теки резервних копій зараз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore from Bac&amp;kup…</source>
        <translation>Відновити з резервної &amp;копії…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open Library…</source>
        <translation>&amp;Відкрити бібліотеку…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ихід</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Filter Titles</source>
        <translation>&amp;Фільтр заголовків</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xpand All Comments</source>
        <translation>&amp;Розгорнути всі коментарі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Collapse All Comments</source>
        <translation>З&amp;горнути всі коментарі</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expand Subthread</source>
        <translation>Розгорнути гілку</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Collapse Subthread</source>
        <translation>Згорнути гілку</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Next Article</source>
        <translation>&amp;Наступна стаття</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Previous Article</source>
        <translation>&amp;Попередня стаття</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next &amp;Comment</source>
        <translation>Наступний &amp;коментар</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous C&amp;omment</source>
        <translation>Попере&amp;дній коментар</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P&amp;arent Comment</source>
        <translation>&amp;Батьківський коментар</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next &amp;Unread Comment</source>
        <translation>Наступний н&amp;епрочитаний</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Read On</source>
        <translation>&amp;Читати далі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scroll the article, then move to the next unread comment</source>
        <translation>Прокрутити статтю, потім перейти до наступного непрочитаного коментаря</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Star</source>
        <translation>До &amp;обраного</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Toggle &amp;Read</source>
        <translation>&amp;Прочитано/не прочитано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Toggle the current comment&apos;s read state, or the article&apos;s</source>
        <translation>Перемкнути стан прочитання поточного коментаря або статті</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark Article and Comments Read</source>
        <translation>Позначити статтю й коментарі прочитаними</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;System</source>
        <translation>Як у &amp;системі</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Light</source>
        <translation>Св&amp;ітла</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dark</source>
        <translation>&amp;Темна</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;All Coders</source>
        <translation>&amp;Усі кодувальники</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show every coder&apos;s tags, highlights and notes</source>
        <translation>Показувати мітки, виділення й нотатки всіх кодувальників</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Only Mine (Blind Coding)</source>
        <translation>&amp;Лише мої (сліпе кодування)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hide the other coders&apos; tags, highlights, notes and counts until you show them</source>
        <translation>Приховати мітки, виділення, нотатки й лічильники інших кодувальників, доки ви їх не покажете</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Клавіатурні скорочення</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Glossa</source>
        <translation>Пр&amp;о Glossa</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open &amp;Recent</source>
        <translation>Не&amp;давні</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Edit</source>
        <translation>&amp;Редагування</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;View</source>
        <translation>&amp;Вигляд</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>C&amp;oders</source>
        <translation>Кодува&amp;льники</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Colu&amp;mns</source>
        <translation>Сто&amp;впці</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Theme</source>
        <translation>&amp;Тема</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Go</source>
        <translation>&amp;Навігація</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Article</source>
        <translation>&amp;Стаття</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A&amp;nnotate</source>
        <translation>Р&amp;озмітка</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Favourite Tags</source>
        <translation>&amp;Швидкі теги</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New Ta&amp;g…</source>
        <translation>Новий т&amp;ег…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>&amp;Довідка</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Blind coding: only your annotations shown</source>
        <translation>Сліпе кодування: показано лише ваші анотації</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Showing only {coder}&apos;s annotations</source>
        <translation>Показано лише анотації кодувальника {coder}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="+94"/>
        <source>Note not saved: {reason}</source>
        <translation>Нотатку не збережено: {reason}</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>{title} (read-only)</source>
        <translation>{title} (лише читання)</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Read-only: {reason}</source>
        <translation>Лише читання: {reason}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{library} — {coder} — {app}</source>
        <translation>{library} — {coder} — {app}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coder: {name}</source>
        <translation>Кодувальник: {name}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source> and </source>
        <comment>tags</comment>
        <translation> і </translation>
    </message>
    <message>
        <location line="+0"/>
        <source> or </source>
        <comment>tags</comment>
        <translation> або </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln article(s) tagged {tags}</source>
        <translation>
            <numerusform>%Ln стаття з тегами {tags}</numerusform>
            <numerusform>%Ln статті з тегами {tags}</numerusform>
            <numerusform>%Ln статей з тегами {tags}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_link.py" line="+36"/>
        <source>Dashboard — {library}</source>
        <translation>Діаграми — {library}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Open a commenter&apos;s profile (Ctrl+Shift+U) first.</source>
        <translation>Спершу відкрийте профіль коментатора (Ctrl+Shift+U).</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Chart filter: {articles}, {comments} (click All articles to clear it)</source>
        <translation>Фільтр діаграми: {articles}, {comments} (клацніть «Усі статті», щоб зняти його)</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../../desktop/ui/import_controller.py" line="+15"/>
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln стаття</numerusform>
            <numerusform>%Ln статті</numerusform>
            <numerusform>%Ln статей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location filename="../../desktop/ui/import_controller.py" line="+1"/>
        <location filename="../../desktop/ui/main_window.py" line="+153"/>
        <source>%Ln comment(s)</source>
        <translation>
            <numerusform>%Ln коментар</numerusform>
            <numerusform>%Ln коментарі</numerusform>
            <numerusform>%Ln коментарів</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="-68"/>
        <source>Select a comment to see its author&apos;s profile.</source>
        <translation>Виберіть коментар, щоб побачити профіль його автора.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/side_windows.py" line="+31"/>
        <source>Campaigns — {library}</source>
        <translation>Кампанії — {library}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Annotations — {library}</source>
        <translation>Нотатки й виділення — {library}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Agreement — {library}</source>
        <translation>Узгодженість — {library}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/main_window.py" line="+69"/>
        <source>%Ln person(s)</source>
        <translation>
            <numerusform>%Ln особа</numerusform>
            <numerusform>%Ln особи</numerusform>
            <numerusform>%Ln осіб</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No more unread comments</source>
        <translation>Непрочитаних коментарів більше немає</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Starred %n article(s)</source>
        <translation>
            <numerusform>%n статтю додано до обраного</numerusform>
            <numerusform>%n статті додано до обраного</numerusform>
            <numerusform>%n статей додано до обраного</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Unstarred %n article(s)</source>
        <translation>
            <numerusform>%n статтю прибрано з обраного</numerusform>
            <numerusform>%n статті прибрано з обраного</numerusform>
            <numerusform>%n статей прибрано з обраного</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_actions.py" line="+14"/>
        <source>No recent libraries</source>
        <translation>Недавніх бібліотек немає</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_controller.py" line="-79"/>
        <source>An import is already running.</source>
        <translation>Імпорт уже триває.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_actions.py" line="+4"/>
        <source>Import files</source>
        <translation>Імпорт файлів</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import a folder (searched recursively)</source>
        <translation>Імпорт теки (з усіма вкладеними)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_controller.py" line="+77"/>
        <source>Imported {articles} and {comments}</source>
        <translation>Імпортовано: {articles} і {comments}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/export_dialog.py" line="+60"/>
        <source>Exported %Ln article(s) to {paths}</source>
        <translation>
            <numerusform>%Ln статтю експортовано до {paths}</numerusform>
            <numerusform>%Ln статті експортовано до {paths}</numerusform>
            <numerusform>%Ln статей експортовано до {paths}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_actions.py" line="+7"/>
        <source>New library</source>
        <translation>Нова бібліотека</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>About {app}</source>
        <translation>Про {app}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A reader for scraped news articles and their comment threads, built for offline annotation.</source>
        <translation>Програма для читання зібраних новинних статей і обговорень під ними, створена для офлайн-розмітки.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Library: {path}</source>
        <translation>Бібліотека: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_controller.py" line="-62"/>
        <source>An import is running. Stop it and quit? What was imported so far is kept.</source>
        <translation>Триває імпорт. Зупинити його й вийти? Уже імпортоване збережеться.</translation>
    </message>
</context>
<context>
    <name>MemberModel</name>
    <message>
        <location filename="../../desktop/ui/campaigns_view.py" line="-72"/>
        <source>Time</source>
        <translation>Час</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handle</source>
        <translation>Нік</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Article</source>
        <translation>Стаття</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <location filename="../../desktop/ui/note_editor.py" line="+75"/>
        <source>Select an article, a comment or a tag to write a note</source>
        <translation>Виберіть статтю, коментар або тег, щоб написати нотатку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another coder&apos;s note is on this; it is hidden while only some coders&apos; work is shown (View &gt; Coders &gt; All Coders shows it).</source>
        <translation>Тут є нотатка іншого кодувальника; її приховано, поки показано роботу лише деяких кодувальників (Вигляд &gt; Кодувальники &gt; Усі кодувальники покаже її).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Open link</source>
        <translation>Відкрити посилання</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open this address in your web browser?</source>
        <translation>Відкрити цю адресу у веббраузері?</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Note on</source>
        <translation>Нотатка до</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note (Markdown)</source>
        <translation>Нотатка (Markdown)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Note preview</source>
        <translation>Перегляд нотатки</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save status</source>
        <translation>Стан збереження</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview</source>
        <translation>Перегляд</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the note rendered from its Markdown</source>
        <translation>Показати нотатку в оформленому вигляді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History…</source>
        <translation>Історія…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Earlier versions of this note</source>
        <translation>Попередні версії цієї нотатки</translation>
    </message>
    <message>
        <location line="+140"/>
        <source>Cannot read this note: {reason}</source>
        <translation>Не вдається прочитати нотатку: {reason}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Write a note in Markdown…</source>
        <translation>Напишіть нотатку в Markdown…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not saved yet</source>
        <translation>Ще не збережено</translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>%Ln earlier note(s) not saved yet; retrying on the next save</source>
        <translation>
            <numerusform>%Ln попередня нотатка ще не збережена; повтор під час наступного збереження</numerusform>
            <numerusform>%Ln попередні нотатки ще не збережені; повтор під час наступного збереження</numerusform>
            <numerusform>%Ln попередніх нотаток ще не збережено; повтор під час наступного збереження</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Edited</source>
        <translation>Змінено</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Saving…</source>
        <translation>Збереження…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not saved: {reason}</source>
        <translation>Не збережено: {reason}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saved at {time}</source>
        <translation>Збережено о {time}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{saved}. Someone else had changed this note meanwhile: their text is kept in its history.</source>
        <translation>{saved}. Хтось інший тим часом змінив цю нотатку: його текст збережено в її історії.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>an earlier note: {reason}</source>
        <translation>попередня нотатка: {reason}</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Only web links open from a note, not {scheme} links</source>
        <translation>З нотатки відкриваються лише вебпосилання, посилання {scheme} — ні</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only web links open from a note</source>
        <translation>З нотатки відкриваються лише вебпосилання</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cannot read the history: {reason}</source>
        <translation>Не вдається прочитати історію: {reason}</translation>
    </message>
</context>
<context>
    <name>NoteHistoryDialog</name>
    <message>
        <location line="+90"/>
        <source>Note history</source>
        <translation>Історія нотатки</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Earlier versions of the note on {target}</source>
        <translation>Попередні версії нотатки: {target}</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Earlier versions</source>
        <translation>Попередні версії</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The selected version</source>
        <translation>Вибрана версія</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This note has no earlier versions yet.</source>
        <translation>Ця нотатка ще не має попередніх версій.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Restore this version</source>
        <translation>Відновити цю версію</translation>
    </message>
</context>
<context>
    <name>OpenLibraryDialog</name>
    <message>
        <location filename="../../desktop/ui/open_library_dialog.py" line="+56"/>
        <source>Open Library</source>
        <translation>Відкрити бібліотеку</translation>
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
        <translation>Файл бібліотеки (.glossa)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Library file</source>
        <translation>Файл бібліотеки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Вибрати…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Library &amp;file:</source>
        <translation>&amp;Файл бібліотеки:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recent libraries</source>
        <translation>Нещодавні бібліотеки</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Recent:</source>
        <translation>&amp;Нещодавні:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the team&apos;s database</source>
        <translation>база даних команди</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>When the server offers it</source>
        <translation>Коли сервер пропонує</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Always (encrypted)</source>
        <translation>Завжди (із шифруванням)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Always, and check the server&apos;s certificate</source>
        <translation>Завжди, з перевіркою сертифіката сервера</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never</source>
        <translation>Ніколи</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your login on the server is your coder name. The password comes from ~/.pgpass or is asked for; Glossa never stores it.</source>
        <translation>Ваш обліковий запис на сервері — ваше ім&apos;я кодувальника. Пароль береться з ~/.pgpass або запитується; Glossa ніколи його не зберігає.</translation>
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
        <translation>&amp;База даних:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Login:</source>
        <translation>&amp;Обліковий запис:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Encryption:</source>
        <translation>&amp;Шифрування:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open library</source>
        <translation>Відкрити бібліотеку</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server asks for the password of {url}:</source>
        <translation>Сервер запитує пароль для {url}:</translation>
    </message>
</context>
<context>
    <name>Parsing</name>
    <message>
        <location filename="../../desktop/ingest/parse.py" line="+108"/>
        <source>junk dropped: trailing line {line}</source>
        <translation>вилучено сміття: рядок наприкінці {line}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>split: document {number} of {total} in this file</source>
        <translation>розділено: документ {number} з {total} у цьому файлі</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>no title line; used the subtitle</source>
        <translation>немає рядка заголовка; взято підзаголовок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no title line; used the first paragraph</source>
        <translation>немає рядка заголовка; взято перший абзац</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>junk dropped: related-article teaser {line}</source>
        <translation>вилучено сміття: анонс іншої статті {line}</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>truncated: the text ends inside a comment header {line}</source>
        <translation>обрізано: текст уривається всередині заголовка коментаря {line}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>odd indentation at line {number}</source>
        <translation>дивний відступ у рядку {number}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>comment by {handle} indented for depth {depth}, placed at depth {placed}</source>
        <translation>коментар {handle} з відступом для глибини {depth} розміщено на глибині {placed}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>truncated: comment by {handle} cut inside its header</source>
        <translation>обрізано: коментар {handle} обірвано всередині заголовка</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>comment by {handle}: {problem}</source>
        <translation>коментар {handle}: {problem}</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>split: next title {title} was glued to {line}</source>
        <translation>розділено: наступний заголовок {title} був склеєний з {line}</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>time not understood: {time}</source>
        <translation>час не розпізнано: {time}</translation>
    </message>
    <message>
        <location line="+157"/>
        <source>junk dropped: {junk}</source>
        <translation>вилучено сміття: {junk}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>split: next title {title} was glued to this document&apos;s last line</source>
        <translation>розділено: наступний заголовок {title} був склеєний з останнім рядком цього документа</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../desktop/ui/preferences.py" line="+30"/>
        <source>Follow the system</source>
        <translation>Як у системі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Світла</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Темна</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>System language</source>
        <translation>Мова системи</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Preferences</source>
        <translation>Налаштування</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Theme</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>System size</source>
        <translation>Системний</translation>
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
        <translation>Розмір шрифту для читання</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+69"/>
        <source>Default library</source>
        <translation>Бібліотека за замовчуванням</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Choose…</source>
        <translation>Вибрати…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the default library</source>
        <translation>Вибрати бібліотеку за замовчуванням</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backups to keep</source>
        <translation>Зберігати резервних копій</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> × the library&apos;s size</source>
        <translation> × розмір бібліотеки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Space for backups</source>
        <translation>Місце для резервних копій</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The oldest backups are removed when all of them together would take more; the newest is always kept. A backup is compressed to about a third of the library.</source>
        <translation>Найстаріші копії видаляються, коли всі разом вони зайняли б більше; найновіша лишається завжди. Копія стискається приблизно до третини розміру бібліотеки.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language changes at the next start.</source>
        <translation>Мова зміниться під час наступного запуску.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;ISO dates (2023-01-05, 14:30)</source>
        <translation>Дати у форматі &amp;ISO (2023-01-05, 14:30)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Otherwise dates are written as your language writes them: {example}</source>
        <translation>Інакше дати пишуться так, як заведено у вашій мові: {example}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Coder</source>
        <translation>Кодувальник</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name your tags, highlights and notes are recorded under</source>
        <translation>Ім’я, під яким записуються ваші теги, виділення й нотатки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Тема:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reading font size:</source>
        <translation>&amp;Розмір шрифту для читання:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default &amp;library:</source>
        <translation>&amp;Бібліотека за замовчуванням:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Backups to keep:</source>
        <translation>Зберігати резервних &amp;копій:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backups use at &amp;most:</source>
        <translation>Копії займають не &amp;більше:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Мова:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dates:</source>
        <translation>Дати:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Coder:</source>
        <translation>&amp;Кодувальник:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Glossa libraries (*.glossa);;All files (*)</source>
        <translation>Бібліотеки Glossa (*.glossa);;Усі файли (*)</translation>
    </message>
</context>
<context>
    <name>QueryLanguage</name>
    <message>
        <location filename="../../desktop/store/query_language.py" line="+351"/>
        <source>The search is too long (over {limit} characters).</source>
        <translation>Запит задовгий (понад {limit} символів).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Too many words: a search can have at most {limit}.</source>
        <translation>Забагато слів: у запиті може бути щонайбільше {limit}.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>OR and - can combine words, or filters, but not a word with a filter: write the filter outside, e.g. (putin OR biden) author:zenion.</source>
        <translation>OR і - поєднують слова або фільтри, але не слово з фільтром: винесіть фільтр за дужки, наприклад (putin OR biden) author:zenion.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add a word or a filter to search for: a search cannot only exclude.</source>
        <translation>Додайте слово або фільтр для пошуку: запит не може складатися лише з винятків.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>A word ending in * needs at least {count} letters before the *, e.g. pu*.</source>
        <translation>Перед * у слові має бути щонайменше {count} літери, наприклад pu*.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>A word after OR cannot be excluded: write -word outside the OR.</source>
        <translation>Слово після OR не можна виключити: напишіть -слово поза OR.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A group in parentheses needs a word that is not excluded.</source>
        <translation>У групі в дужках потрібне хоча б одне невиключене слово.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An excluded word needs something to be excluded from.</source>
        <translation>Виключати слово можна лише з чогось: додайте слово, яке треба знайти.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A filter cannot be combined with words here.</source>
        <translation>Тут фільтр не можна поєднувати зі словами.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>A word cannot be combined with filters here.</source>
        <translation>Тут слово не можна поєднувати з фільтрами.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>author: needs a commenter&apos;s handle, e.g. author:zenion or author:&quot;In passing&quot;.</source>
        <translation>author: потрібен нік коментатора, наприклад author:zenion або author:&quot;In passing&quot;.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>tag: needs a tag name, e.g. tag:propaganda or tag:&quot;to check&quot;.</source>
        <translation>tag: потрібна назва тегу, наприклад tag:propaganda або tag:&quot;to check&quot;.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>is: can be unread, read or starred, not {value}.</source>
        <translation>is: може бути unread, read або starred, а не {value}.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>has: can be note, highlight or tag, not {value}.</source>
        <translation>has: може бути note, highlight або tag, а не {value}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>in: can be article or comment, not {value}.</source>
        <translation>in: може бути article або comment, а не {value}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>depth: needs a number, e.g. depth:&gt;2 or depth:1, not {value}.</source>
        <translation>depth: потрібне число, наприклад depth:&gt;2 або depth:1, а не {value}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{field}: needs a date like 2023-01-31, 2023-01 or 2023, not {value}.</source>
        <translation>{field}: потрібна дата на кшталт 2023-01-31, 2023-01 або 2023, а не {value}.</translation>
    </message>
</context>
<context>
    <name>ReaderPanel</name>
    <message>
        <location filename="../../desktop/ui/reader_panel.py" line="+83"/>
        <source>Thread summary</source>
        <translation>Підсумок обговорення</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Select an article to read it.</source>
        <translation>Виберіть статтю, щоб її прочитати.</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>No comments</source>
        <translation>Немає коментарів</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln comment(s)</source>
        <translation>
            <numerusform>%Ln коментар</numerusform>
            <numerusform>%Ln коментарі</numerusform>
            <numerusform>%Ln коментарів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>from %Ln person(s)</source>
        <translation>
            <numerusform>від %Ln особи</numerusform>
            <numerusform>від %Ln осіб</numerusform>
            <numerusform>від %Ln осіб</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln unread</source>
        <comment>comments</comment>
        <translation>
            <numerusform>%Ln непрочитаний</numerusform>
            <numerusform>%Ln непрочитані</numerusform>
            <numerusform>%Ln непрочитаних</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>all read</source>
        <translation>усе прочитано</translation>
    </message>
</context>
<context>
    <name>RestoreConfirmation</name>
    <message>
        <location filename="../../desktop/ui/backup_dialog.py" line="-91"/>
        <source>Restore from Backup</source>
        <translation>Відновлення з резервної копії</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace the library with the backup made {time}?</source>
        <translation>Замінити бібліотеку резервною копією від {time}?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The backup holds {articles} and {notes}. Work done since then will not be in the library, but the library as it is now is kept as a backup (&quot;Before restore&quot;) that can be restored in the same way.</source>
        <translation>У резервній копії {articles} і {notes}. Зробленого відтоді в бібліотеці не буде, але теперішня бібліотека збережеться як резервна копія («Перед відновленням»), яку можна відновити так само.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restore</source>
        <translation>Відновити</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location line="-74"/>
        <source>Restore from Backup</source>
        <translation>Відновлення з резервної копії</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose a backup to put in place of the library. The library as it is now is kept as a backup too (&quot;Before restore&quot;), so a restore can be undone the same way.</source>
        <translation>Виберіть резервну копію, що замінить бібліотеку. Теперішня бібліотека теж збережеться як резервна копія («Перед відновленням»), тож відновлення можна скасувати так само.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There are no backups of this library yet. File &gt; Back Up Now makes one; Glossa also makes one each day it is opened.</source>
        <translation>Резервних копій цієї бібліотеки ще немає. Їх створює Файл &gt; Створити резервну копію; крім того, Glossa створює копію щодня, коли її відкривають.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Backups</source>
        <translation>Резервні копії</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore…</source>
        <translation>Відновити…</translation>
    </message>
</context>
<context>
    <name>RevisionModel</name>
    <message>
        <location filename="../../desktop/ui/note_editor.py" line="-91"/>
        <source>Saved</source>
        <translation>Збережено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved by</source>
        <translation>Ким збережено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replaced</source>
        <translation>Замінено</translation>
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
        <translation>Перейменувати збережений пошук</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../desktop/store/search.py" line="+805"/>
        <source>That saved search no longer exists.</source>
        <translation>Цього збереженого пошуку більше немає.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New name:</source>
        <translation>Нова назва:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Delete saved search</source>
        <translation>Видалити збережений пошук</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the saved search “{name}”?</source>
        <translation>Видалити збережений пошук «{name}»?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the saved search is deleted; nothing it finds is changed.</source>
        <translation>Видаляється лише збережений пошук; те, що він знаходить, не змінюється.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>Видалити</translation>
    </message>
    <message>
        <location filename="../../desktop/store/search.py" line="-46"/>
        <source>A saved search needs a name.</source>
        <translation>Збережений пошук повинен мати назву.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A saved search name can have at most {limit} characters.</source>
        <translation>Назва збереженого пошуку може мати щонайбільше {limit} символів.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is already a saved search named {name}.</source>
        <translation>Збережений пошук з назвою {name} уже є.</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <location line="-397"/>
        <source>This search cannot be run; try fewer or simpler words.</source>
        <translation>Цей пошук не вдається виконати; спробуйте менше слів або простіші слова.</translation>
    </message>
</context>
<context>
    <name>SearchHelp</name>
    <message>
        <location filename="../../desktop/store/query_language.py" line="-615"/>
        <source>both words, anywhere in an article or a comment (case and accents ignored)</source>
        <translation>обидва слова, будь-де в статті чи коментарі (регістр і діакритика не враховуються)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the words next to each other, in this order</source>
        <translation>слова поруч, у цьому порядку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>words starting with negotiat (at least 2 letters before the *)</source>
        <translation>слова, що починаються на negotiat (щонайменше 2 літери перед *)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>either word; talks putin OR biden means talks and (putin or biden)</source>
        <translation>будь-яке зі слів; talks putin OR biden означає talks і (putin або biden)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>without the word; ( ) groups: -(white house)</source>
        <translation>без цього слова; ( ) групує: -(white house)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>comments by that commenter</source>
        <translation>коментарі цього коментатора</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tagged so, or with a tag under it</source>
        <translation>з цим тегом або з тегом під ним</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>by reading state (a comment is starred when its article is)</source>
        <translation>за станом читання (коментар в обраному, якщо в обраному його стаття)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>with a note, a highlight or a tag</source>
        <translation>з нотаткою, виділенням або тегом</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only articles, or only comments</source>
        <translation>лише статті або лише коментарі</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>comments at that depth (1 = top level); also &lt; &lt;= &gt;= =</source>
        <translation>коментарі на цій глибині (1 = верхній рівень); також &lt; &lt;= &gt;= =</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>earlier than that day; on or after it</source>
        <translation>раніше цього дня; цього дня або пізніше</translation>
    </message>
</context>
<context>
    <name>SearchHelpDialog</name>
    <message>
        <location filename="../../desktop/ui/search_panel.py" line="+454"/>
        <location line="+1"/>
        <source>Search syntax</source>
        <translation>Синтаксис пошуку</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type words to find articles and comments. Combine them with:</source>
        <translation>Введіть слова, щоб знайти статті й коментарі. Поєднуйте їх так:</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Words and fields combine: author:zenion negotiat* finds that commenter&apos;s comments with the word. Anything else you type is searched as plain words.</source>
        <translation>Слова й поля поєднуються: author:zenion negotiat* знайде коментарі цього коментатора з цим словом. Усе інше шукається як звичайні слова.</translation>
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
        <translation>відповідь, глибина {depth}</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location line="-256"/>
        <source>Relevance</source>
        <translation>За релевантністю</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newest</source>
        <translation>Спершу нові</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oldest</source>
        <translation>Спершу старі</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search  (Ctrl+K)</source>
        <translation>Пошук  (Ctrl+K)</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%Ln hit(s)</source>
        <translation>
            <numerusform>%Ln збіг</numerusform>
            <numerusform>%Ln збіги</numerusform>
            <numerusform>%Ln збігів</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>In the article</source>
        <translation>У статті</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown commenter</source>
        <translation>невідомий коментатор</translation>
    </message>
    <message>
        <location line="+665"/>
        <source>The search failed: {error}</source>
        <translation>Пошук не вдався: {error}</translation>
    </message>
    <message>
        <location line="-195"/>
        <source>Search</source>
        <translation>Пошук</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Words, &quot;phrases&quot;, OR, -word, prefix*, author:, tag:, is:, has:, in:… (? for help)</source>
        <translation>Слова, &quot;фрази&quot;, OR, -слово, префікс*, author:, tag:, is:, has:, in:… (? — довідка)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Search syntax</source>
        <translation>Синтаксис пошуку</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Order of the hits</source>
        <translation>Порядок результатів</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Search message</source>
        <translation>Повідомлення пошуку</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Number of hits</source>
        <translation>Кількість збігів</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save search…</source>
        <translation>Зберегти пошук…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep this search in the sidebar, with a live count</source>
        <translation>Зберегти цей пошук на бічній панелі, з лічильником</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Search results</source>
        <translation>Результати пошуку</translation>
    </message>
    <message>
        <location line="+75"/>
        <location line="+159"/>
        <source>Save search</source>
        <translation>Зберегти пошук</translation>
    </message>
    <message>
        <location line="-104"/>
        <source>Searching…</source>
        <translation>Пошук…</translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>in %Ln article(s)</source>
        <translation>
            <numerusform>у %Ln статті</numerusform>
            <numerusform>у %Ln статтях</numerusform>
            <numerusform>у %Ln статтях</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No hits</source>
        <translation>Нічого не знайдено</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Showing the first {shown} of %Ln hit(s)</source>
        <translation>
            <numerusform>Показано перші {shown} з %Ln збігу</numerusform>
            <numerusform>Показано перші {shown} з %Ln збігів</numerusform>
            <numerusform>Показано перші {shown} з %Ln збігів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Showing the first %Ln hit(s)</source>
        <translation>
            <numerusform>Показано перший %Ln збіг</numerusform>
            <numerusform>Показано перші %Ln збіги</numerusform>
            <numerusform>Показано перші %Ln збігів</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ranked among the most recently imported matches; add words to narrow the search</source>
        <translation>Упорядковано серед нещодавно імпортованих збігів; додайте слова, щоб звузити пошук</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Name for this search:</source>
        <translation>Назва цього пошуку:</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../desktop/ui/shortcuts_dialog.py" line="+22"/>
        <source> or </source>
        <comment>between two keys that do the same</comment>
        <translation> або </translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+7"/>
        <source>Keyboard shortcuts</source>
        <translation>Клавіатурні скорочення</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Action</source>
        <translation>Дія</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation>Клавіші</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../../desktop/ui/sidebar.py" line="+50"/>
        <source>All articles</source>
        <translation>Усі статті</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unread</source>
        <translation>Непрочитані</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starred</source>
        <translation>Обране</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Views and tags</source>
        <translation>Розділи й теги</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Library</source>
        <translation>Бібліотека</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved searches</source>
        <translation>Пошуки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commenters</source>
        <translation>Коментатори</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The %n most active commenters; right-click to sort by name</source>
        <translation>
            <numerusform>%n найактивніший коментатор; клацніть правою кнопкою, щоб упорядкувати за іменем</numerusform>
            <numerusform>%n найактивніші коментатори; клацніть правою кнопкою, щоб упорядкувати за іменем</numerusform>
            <numerusform>%n найактивніших коментаторів; клацніть правою кнопкою, щоб упорядкувати за іменем</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Match all selected tags</source>
        <translation>Усі вибрані теги разом</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Off: articles with any of the selected tags. On: articles with all of them.</source>
        <translation>Вимкнено: статті з будь-яким із вибраних тегів. Увімкнено: статті з усіма ними.</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>not used yet</source>
        <translation>ще не використовується</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Key {key} puts it on the selection</source>
        <translation>Клавіша {key} призначає його вибраному</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Right-click to add a tag</source>
        <translation>Клацніть правою кнопкою, щоб додати тег</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Save a search from the Search tab</source>
        <translation>Зберігайте на вкладці «Пошук»</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>no display name</source>
        <translation>без відображуваного імені</translation>
    </message>
    <message numerus="yes">
        <location line="-216"/>
        <location line="+217"/>
        <source>%Ln comment(s)</source>
        <translation>
            <numerusform>%Ln коментар</numerusform>
            <numerusform>%Ln коментарі</numerusform>
            <numerusform>%Ln коментарів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-219"/>
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln стаття</numerusform>
            <numerusform>%Ln статті</numerusform>
            <numerusform>%Ln статей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln highlight(s)</source>
        <translation>
            <numerusform>%Ln виділення</numerusform>
            <numerusform>%Ln виділення</numerusform>
            <numerusform>%Ln виділень</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln note(s)</source>
        <translation>
            <numerusform>%Ln нотатка</numerusform>
            <numerusform>%Ln нотатки</numerusform>
            <numerusform>%Ln нотаток</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln sub-tag(s)</source>
        <translation>
            <numerusform>%Ln підтег</numerusform>
            <numerusform>%Ln підтеги</numerusform>
            <numerusform>%Ln підтегів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+212"/>
        <source>in %Ln article(s)</source>
        <translation>
            <numerusform>у %Ln статті</numerusform>
            <numerusform>у %Ln статтях</numerusform>
            <numerusform>у %Ln статтях</numerusform>
        </translation>
    </message>
    <message>
        <location line="+76"/>
        <source>New Tag…</source>
        <translation>Новий тег…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New Sub-tag…</source>
        <translation>Новий підтег…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+25"/>
        <source>Rename…</source>
        <translation>Перейменувати…</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Colour…</source>
        <translation>Колір…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move Under…</source>
        <translation>Перемістити під…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move to Top Level</source>
        <translation>На верхній рівень</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge Into…</source>
        <translation>Об&apos;єднати з…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Favourite Key</source>
        <translation>Швидка клавіша</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>None</source>
        <comment>no favourite key</comment>
        <translation>Немає</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+9"/>
        <source>Delete…</source>
        <translation>Видалити…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sort Commenters by Name</source>
        <translation>Упорядкувати коментаторів за іменем</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>New tag</source>
        <translation>Новий тег</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tag name (use / for a hierarchy, e.g. propaganda/fear):</source>
        <translation>Назва тегу (/ задає ієрархію, наприклад propaganda/fear):</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rename tag</source>
        <translation>Перейменувати тег</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New name:</source>
        <translation>Нова назва:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Colour of {tag}</source>
        <translation>Колір тегу {tag}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Move {tag} under…</source>
        <translation>Перемістити {tag} під…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Merge {tag} into…</source>
        <translation>Об&apos;єднати {tag} з…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Merge tags</source>
        <translation>Об&apos;єднати теги</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge “{source}” into “{target}”? Everything tagged {source} gets the other tag, and {source} is removed. Edit &gt; Undo reverses it.</source>
        <translation>Об&apos;єднати «{source}» з «{target}»? Усе, що має тег {source}, отримає інший тег, а {source} буде видалено. Редагування &gt; Скасувати повертає все як було.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Delete tag</source>
        <translation>Видалити тег</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{tag}” is in use: {usage}. Delete it and remove it from all of them? Notes on the tag are kept. Edit &gt; Undo reverses it.</source>
        <translation>«{tag}» використовується: {usage}. Видалити його і зняти звідусіль? Нотатки до тегу збережуться. Редагування &gt; Скасувати повертає все як було.</translation>
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
        <translation>Коментарі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement</source>
        <translation>Узгодженість</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cohen&apos;s κ</source>
        <translation>κ Коена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fleiss&apos; κ</source>
        <translation>κ Фляйса</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Krippendorff&apos;s α</source>
        <translation>α Кріппендорфа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>α 95% interval</source>
        <translation>95% інтервал α</translation>
    </message>
</context>
<context>
    <name>TagListModel</name>
    <message>
        <location filename="../../desktop/ui/tag_picker.py" line="+117"/>
        <source>Create tag “{path}”</source>
        <translation>Створити тег «{path}»</translation>
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
        <translation>Почніть уводити назву тегу або нову назву (a/b — b під a)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type to find a tag</source>
        <translation>Почніть уводити назву тегу</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>There are no tags yet. Type a name to create one.</source>
        <translation>Тегів ще немає. Введіть назву, щоб створити тег.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There are no tags yet.</source>
        <translation>Тегів ще немає.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not a tag name: {reason}</source>
        <translation>Неприпустима назва тегу: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No tag matches.</source>
        <translation>Немає відповідних тегів.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Create</source>
        <translation>Створити</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>OK</source>
        <translation>Гаразд</translation>
    </message>
</context>
<context>
    <name>ThreadMetricsBar</name>
    <message>
        <location filename="../../desktop/ui/charts/metrics_bar.py" line="+46"/>
        <source>Thread metrics</source>
        <translation>Показники обговорення</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>most replied:</source>
        <translation>найбільше відповідей:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>most replied: the comment with the most direct replies (click to go to it)</source>
        <translation>найбільше відповідей: коментар із найбільшою кількістю прямих відповідей (клацніть, щоб перейти до нього)</translation>
    </message>
</context>
<context>
    <name>WriteError</name>
    <message>
        <location filename="../../desktop/store/check.py" line="-135"/>
        <source>The disk is full. Nothing already saved was lost; free some space and save again.</source>
        <translation>Диск заповнено. Нічого з уже збереженого не втрачено; звільніть місце та збережіть знову.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The library is read-only here: Glossa cannot write to it or to its folder.</source>
        <translation>Тут бібліотека доступна лише для читання: Glossa не може писати ні в неї, ні в її теку.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The library file is damaged. Nothing more was written to it; restore it from a backup.</source>
        <translation>Файл бібліотеки пошкоджено. Більше до нього нічого не записано; відновіть його з резервної копії.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The disk reported an error while writing. Nothing already saved was lost; check the disk (is it still connected?) and save again.</source>
        <translation>Під час запису диск повідомив про помилку. Нічого з уже збереженого не втрачено; перевірте диск (він досі під&apos;єднаний?) і збережіть знову.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The connection to the library&apos;s server was lost. Nothing already saved was lost; open the library again once the server can be reached, and try again.</source>
        <translation>Зв’язок із сервером бібліотеки втрачено. Уже збережене не втрачено; відкрийте бібліотеку знову, коли сервер стане доступним, і повторіть.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The library is busy: another program has been writing to it for too long. Try again.</source>
        <translation>Бібліотека зайнята: інша програма надто довго в неї пише. Спробуйте ще раз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Glossa cannot open the library file for writing (was it moved, or its folder removed?).</source>
        <translation>Glossa не може відкрити файл бібліотеки для запису (його перемістили або видалили його теку?).</translation>
    </message>
</context>
</TS>
