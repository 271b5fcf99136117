//! Every interface string, complete in Turkish and English: the `texts!` table makes a missing
//! translation a compile error.
use super::Lang;

macro_rules! texts {
    ($($key:ident => $tr:expr, $en:expr;)*) => {
        /// A translatable interface string.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum Key { $(#[allow(missing_docs)] $key),* }
        impl Key {
            /// Every key (for completeness tests).
            pub const ALL: &'static [Key] = &[$(Key::$key),*];
        }
        /// The text of `key` in `lang`.
        pub fn text(lang: Lang, key: Key) -> &'static str {
            match (lang, key) {
                $((Lang::Tr, Key::$key) => $tr, (Lang::En, Key::$key) => $en,)*
            }
        }
    };
}

texts! {
    AppTagline => "Müşteri yolculuğu haritaları", "Customer journey maps";
    SkipToContent => "İçeriğe geç", "Skip to content";
    Language => "Dil", "Language";
    MyMaps => "Haritalarım", "My maps";
    NewBlankMap => "Boş harita oluştur", "New blank map";
    NewFromSample => "Örnekten oluştur", "Create from sample";
    Sample => "Örnek", "Sample";
    SampleOnlineShop => "Çevrimiçi mağaza (Türkçe)", "Online shop (Turkish)";
    SampleBroadband => "Ev interneti (İngilizce)", "Home broadband (English)";
    SearchMaps => "Haritalarda ara", "Search maps";
    EmptyLibrary =>
        "Henüz haritanız yok. Boş bir haritayla ya da bir örnekle başlayın.",
        "You have no maps yet. Start with a blank map or a sample.";
    NoMatches => "Aramanızla eşleşen harita yok.", "No maps match your search.";
    Open => "Aç", "Open";
    Rename => "Yeniden adlandır", "Rename";
    Duplicate => "Kopyasını oluştur", "Duplicate";
    Delete => "Sil", "Delete";
    Save => "Kaydet", "Save";
    Cancel => "Vazgeç", "Cancel";
    NewTitle => "Yeni ad", "New title";
    MapDeleted => "Harita silindi.", "Map deleted.";
    CopySuffix => "(kopya)", "(copy)";
    UntitledMap => "Adsız harita", "Untitled map";
    Updated => "Güncellendi", "Updated";
    Stages => "Aşamalar", "Stages";
    Touchpoints => "Temas noktaları", "Touchpoints";
    Undo => "Geri al", "Undo";
    Redo => "Yinele", "Redo";
    UndoHint => "Geri al (Ctrl+Z)", "Undo (Ctrl+Z)";
    RedoHint => "Yinele (Ctrl+Shift+Z)", "Redo (Ctrl+Shift+Z)";
    BackToLibrary => "← Haritalarım", "← My maps";
    MapTitle => "Harita adı", "Map title";
    Description => "Açıklama", "Description";
    MapState => "Durum", "State";
    StateCurrent => "Mevcut durum", "Current state";
    StateFuture => "Gelecek durum", "Future state";
    StateDraft => "Taslak", "Draft";
    Personas => "Personalar", "Personas";
    Channels => "Kanallar", "Channels";
    AddChannel => "Kanal ekle", "Add channel";
    ChannelName => "Kanal adı", "Channel name";
    ChannelKindLabel => "Türü", "Kind";
    KindDigital => "Dijital", "Digital";
    KindPhysical => "Fiziksel", "Physical";
    KindHuman => "İnsan", "Person";
    KindMedia => "Medya", "Media";
    RemoveChannel => "Kanalı kaldır", "Remove channel";
    MoveItsTouchpoints => "Temas noktaları şu kanala taşınsın:", "Move its touchpoints to:";
    MoveAndRemove => "Taşı ve kaldır", "Move and remove";
    ChannelUsedBy => "temas noktası bu kanalda", "touchpoints on this channel";
    AddPersona => "Persona ekle", "Add persona";
    NewPersona => "Yeni persona", "New persona";
    RemovePersona => "Personayı sil", "Remove persona";
    Name => "Ad", "Name";
    Goals => "Hedefler", "Goals";
    Expectations => "Beklentiler", "Expectations";
    Frustrations => "Hayal kırıklıkları", "Frustrations";
    Quote => "Müşterinin sözü", "Quote";
    AddStage => "Aşama ekle", "Add stage";
    NewStage => "Yeni aşama", "New stage";
    StageName => "Aşama adı", "Stage name";
    MoveLeft => "Sola taşı", "Move left";
    MoveRight => "Sağa taşı", "Move right";
    RemoveStage => "Aşamayı sil", "Remove stage";
    RemoveStageWarning =>
        "Aşama, içindeki temas noktalarıyla birlikte silinir; Geri al ile geri gelir.",
        "The stage is removed with its touchpoints; Undo brings them back.";
    TouchpointsWord => "temas noktası", "touchpoints";
    AddTouchpoint => "Temas noktası ekle", "Add touchpoint";
    NewTouchpoint => "Yeni temas noktası", "New touchpoint";
    TouchpointName => "Temas noktası adı", "Touchpoint name";
    Channel => "Kanal", "Channel";
    NoTouchpoints => "Bu aşamada henüz temas noktası yok.", "No touchpoints in this stage yet.";
    Details => "Temas noktası ayrıntıları", "Touchpoint details";
    Close => "Kapat", "Close";
    SelectHint =>
        "Ayrıntılarını düzenlemek için bir temas noktası seçin.",
        "Select a touchpoint to edit its details.";
    CustomerAction => "Müşteri ne yapıyor?", "What does the customer do?";
    Thoughts => "Müşteri ne düşünüyor?", "What does the customer think?";
    Expectation => "Beklenti", "Expectation";
    Experience => "Yaşanan deneyim", "Experience";
    Emotion => "Duygu", "Emotion";
    NotSet => "Belirtilmedi", "Not set";
    PainPoints => "Acı noktaları", "Pain points";
    AddPainPoint => "Acı noktası ekle", "Add pain point";
    PainText => "Sorun", "Problem";
    Severity => "Önem derecesi (1–5)", "Severity (1–5)";
    FrequencyPer100 => "Sıklık (100 müşteride)", "Frequency (per 100 customers)";
    Remove => "Kaldır", "Remove";
    ExitPoint => "Çıkış noktası", "Exit point";
    IsExitPoint => "Müşteriler yolculuğu burada bırakıyor", "Customers leave the journey here";
    ExitReason => "Çıkış nedeni", "Reason";
    ExitCart => "Sepeti terk etme", "Cart abandoned";
    ExitRefund => "İade talebi", "Refund requested";
    ExitUpgrade => "Yükseltmeyi reddetme", "Upgrade refused";
    ExitOther => "Diğer", "Other";
    ExitOtherText => "Diğer neden", "Other reason";
    ExitRate => "Çıkış oranı (%)", "Exit rate (%)";
    Owner => "Sorumlu departman", "Owner department";
    Systems => "Destekleyen sistemler (virgülle ayırın)", "Supporting systems (comma-separated)";
    Opportunities => "İyileştirme fırsatları (her satıra bir)", "Opportunities (one per line)";
    Evidence => "Kanıt durumu", "Evidence";
    Observed => "Gözlemlendi", "Observed";
    Assumed => "Varsayım", "Assumed";
    Proposed => "Öneri", "Proposed";
    Stage => "Aşama", "Stage";
    MoveUp => "Yukarı taşı", "Move up";
    MoveDown => "Aşağı taşı", "Move down";
    DeleteTouchpoint => "Temas noktasını sil", "Delete touchpoint";
    EmotionCurve => "Duygu eğrisi", "Emotion curve";
    JourneyGrid => "Yolculuk ızgarası", "Journey grid";
    LineOfVisibility => "Görünürlük çizgisi", "Line of visibility";
    Lanes => "Şeritler", "Lanes";
    ObservedShare => "gözlem", "observed";
    LaneTouchpoint => "Temas noktası", "Touchpoint";
    LaneAction => "Müşteri ne yapıyor", "Customer action";
    LaneThoughts => "Ne düşünüyor", "Thoughts";
    LaneEmotion => "Duygu", "Emotion";
    LaneExpectation => "Beklenti / deneyim", "Expected / experienced";
    LanePains => "Acı noktaları", "Pain points";
    LaneExit => "Çıkış", "Exit";
    LaneMetrics => "Metrikler", "Metrics";
    LaneOwner => "Sorumlu", "Owner";
    LaneSystems => "Sistemler", "Systems";
    LaneOpportunities => "Fırsatlar", "Opportunities";
    ForcedSwitch => "Zorunlu kanal geçişi", "Forced hand-over";
    PicturePage => "sayfa", "page";
    NumberOtherLanguage =>
        "Türkçede ondalık ayırıcı virgüldür, binler noktayla ayrılır: 12,5 · 1.840 · %35",
        "In English the decimal separator is a point and thousands take a comma: 12.5 · 1,840 · 35%";
    NotANumber => "Bu bir sayı değil.", "This is not a number.";
    NumberOutOfRange => "Bu sayı izin verilen aralığın dışında.", "This number is outside the allowed range.";
    PictureCapped => "gösterilen temas noktası", "touchpoints shown";
    Continued => "devam", "continued";
    MapPictureSvg => "Harita resmi (SVG)", "Map picture (SVG)";
    MapPicturePng => "Harita resmi (PNG)", "Map picture (PNG)";
    MapPicture => "harita", "map";
    MapPage => "Yolculuk haritası, sayfa", "Journey map, page";
    ChannelChange => "Kanal değişimi", "Channel change";
    IsForcedSwitch =>
        "Müşteri buraya yönlendirildi (zorunlu kanal geçişi)",
        "The customer was sent here (a forced hand-over)";
    ForcedSwitchNote => "Neden yönlendirildi?", "Why were they sent on?";
    MetricNps => "NPS", "NPS";
    MetricCsat => "CSAT", "CSAT";
    MetricCes => "CES", "CES";
    MetricConversion => "Dönüşüm", "Conversion";
    MetricVisits => "Ziyaret", "Visits";
    MetricCalls => "Çağrı", "Calls";
    MetricWait => "Bekleme", "Wait";
    MetricFcr => "İlk temasta çözüm", "First-contact resolution";
    MetricChurn => "Müşteri kaybı", "Churn";
    Target => "hedef", "target";
    MetricCustom => "Diğer", "Other";
    Promoter => "promoter", "promoters";
    Detractor => "detractor", "detractors";
    AnsweredFrom => "yanıtı şundan yüksek olan:", "answering at least";
    MeanAnswer => "yanıtların ortalaması", "mean answer";
    TypedValueDiffers =>
        "Yanıtlardan hesaplanan değer geçerlidir; girilen değer farklıydı:",
        "The value computed from the answers stands; the typed value differs:";
    NoAnswersEntered => "Yanıt girilmedi: değer girildiği gibi.", "No answers entered: the value as typed.";
    NoAnswersCounted => "Hiç yanıt sayılmadı.", "No answers counted.";
    AnswersNotOnScale => "Yanıtlar ölçeğin dışında.", "The answers are not on the scale.";
    Metrics => "Ölçümler", "Metrics";
    NoMetrics => "Bu haritada henüz ölçüm yok.", "This map has no metrics yet.";
    MetricsAdded => "eklenen ölçüm", "metrics added";
    MetricsUpdated => "güncellenen", "updated";
    MetricRowsUnmatched =>
        "Bu haritada temas noktası bulunamayan satırlar:",
        "Rows whose touchpoint this map does not have:";
    MetricNumbersUnreadable =>
        "Dosyanın dilinde sayı olmayan değerler (satır, sütun):",
        "Values that are not numbers in the file's language (row, column):";
    NotMetricsFile =>
        "bir ölçüm CSV dosyası değil (Tür ve Temas noktası sütunları gerekli); hiçbir şey değişmedi.",
        "is not a metrics CSV (it needs Kind and Touchpoint columns); nothing changed.";
    ExportMetricsCsv => "Ölçümler (CSV)", "Metrics (CSV)";
    ImportMetricsCsv => "Ölçümleri CSV'den al…", "Take metrics from a CSV…";
    Funnel => "Huni", "Funnel";
    Insights => "İçgörüler: önce neyi düzeltmeli", "Insights: what to fix first";
    NoInsights => "Henüz içgörü yok: acı noktaları, çıkışlar ve ölçümler girildikçe burada sıralanır.",
        "No insights yet: pain points, exits and metrics are ranked here as they are entered.";
    ActionPlan => "Aksiyon planı", "Action plan";
    NoActions => "Henüz aksiyon yok.", "No actions yet.";
    ActionTitle => "Aksiyon", "Action";
    QuadrantLabel => "Etki × efor", "Impact × effort";
    ActionStatusLabel => "Durum", "Status";
    Impact => "Etki (1–5)", "Impact (1–5)";
    Effort => "Efor (1–5)", "Effort (1–5)";
    DueDate => "Bitiş tarihi", "Due date";
    RankLabel => "Sıra", "Rank";
    ShowAll => "Tümünü göster", "Show all";
    GuidedStart => "Adım adım başla", "Step-by-step start";
    WelcomeTitle => "Müşteri yolculuğu haritası nedir?", "What is a customer journey map?";
    WelcomeWhat =>
        "Müşterinizin firmanızla ilk temasından uzun süreli ilişkisine kadar yaşadığı her etkileşimin \
         hikâyesi: kendinizi müşterinin yerine koyup işletmenizi onun gözünden görürsünüz.",
        "The story of every interaction your customer has with you, from the first contact to a long \
         relationship: you put yourself in their place and see your business through their eyes.";
    WelcomeWhy1 =>
        "Müşterilerin sizinle hangi kanallardan temas ettiğini ve her adımda ne hissettiğini görürsünüz.",
        "You see on which channels customers meet you and how they feel at each step.";
    WelcomeWhy2 =>
        "Beklentileri ile aldıkları hizmet arasındaki farkları görürsünüz.",
        "You see the gaps between what they expect and what they receive.";
    WelcomeWhy3 =>
        "Geliştirme ve iyileştirme önceliklerinizi belirler, kimin neyi düzelteceğine karar verirsiniz.",
        "You set what to improve first, and who fixes what.";
    WelcomeWays => "Nasıl başlamak istersiniz?", "How would you like to start?";
    FromTemplate => "Bir sektör şablonuyla", "With a sector template";
    WelcomeBlank => "Boş bir haritayla", "With a blank map";
    WelcomeImport => "Elimdeki bir dosyayla", "With a file I have";
    WelcomeDismiss => "Anladım, gizle", "Got it, hide this";
    GuidedStep => "Adım", "Step";
    GuidedLead =>
        "Kendinizi müşterinin yerine koyun: şunları yaparken nereye gidersiniz, \
         oraya nasıl ulaşırsınız?",
        "Put yourself in the customer's place: where do you go, and how do you get there?";
    AssessSteps => "Her adımı değerlendirin", "Assess each step";
    WhereDoYouGo => "Müşterinin uğradığı temas noktaları", "The touchpoints the customer meets";
    OwnTouchpoint => "Kendi temas noktanız", "Your own touchpoint";
    AddOwn => "Ekle", "Add";
    GuidedBack => "Geri", "Back";
    GuidedNext => "İleri", "Next";
    GuidedFinish => "Haritaya ekle", "Add to the map";
    NothingChosen =>
        "Henüz temas noktası seçmediniz: önceki adımlara dönün.",
        "No touchpoint chosen yet: go back to the earlier steps.";
    FeelsHere => "Müşteri burada ne hissediyor?", "How does the customer feel here?";
    ShouldFeel => "Ne hissetmeli, ne bekliyor?", "How should they feel, what do they expect?";
    WhereImprove => "Nerede iyileşebilir?", "Where can it improve?";
    Templates => "Şablondan başla: sektör şablonları", "Start from a template: sector templates";
    TemplatesHint =>
        "Her şablonda aşamalar, kanallar, temas noktaları ve tipik acı noktaları var; hepsi varsayım \
         olarak işaretli: kendi araştırmanızla doğrulayın.",
        "Each template has stages, channels, touchpoints and typical pain points, all marked as \
         assumptions: check them against your own research.";
    TemplatesUnavailable =>
        "Şablonlar şu an yüklenemedi (bağlantı yok mu?).",
        "The templates could not be loaded just now (no connection?).";
    UseTemplate => "Bu şablonla başla", "Start from this template";
    StagesWord => "aşama", "stages";
    SnapshotWord => "Anlık görüntü", "Snapshot";
    IncomingFileWord => "Gelen dosya", "The incoming file";
    MergeCompareHint =>
        "Aşağıdaki ızgarada dosyadaki duygu eğrisi kesikli çizgiyle çizili; bir temas noktasındaki \
         işaret, benimkinin dosyadakinden nasıl farklı olduğunu söyler.",
        "Below, the grid draws the file's emotion curve dashed; a mark on a touchpoint says how \
         mine differs from the file's.";
    Snapshots => "Anlık görüntüler", "Snapshots";
    SnapshotDeleted => "Anlık görüntü silindi:", "Snapshot deleted:";
    SnapshotNotSaved =>
        "Anlık görüntü kaydedilemedi; hiçbir şey değişmedi.",
        "The snapshot could not be stored; nothing changed.";
    SnapshotName => "Anlık görüntünün adı", "Snapshot name";
    TakeSnapshot => "Anlık görüntü al", "Take snapshot";
    NoSnapshots =>
        "Henüz anlık görüntü yok. Haritanın bu hâlini saklamak için bir tane alın; \
         sonra onunla karşılaştırabilirsiniz.",
        "No snapshots yet. Take one to keep the map as it is now; you can compare with it later.";
    OpenSnapshot => "Aç", "Open";
    CompareSnapshot => "Karşılaştır", "Compare";
    CopySnapshot => "Kopya olarak geri yükle", "Restore as a copy";
    DeleteSnapshot => "Sil", "Delete";
    SnapshotBanner => "Anlık görüntü (salt okunur):", "Snapshot (read-only):";
    BackToMap => "← Haritaya dön", "← Back to the map";
    Changes => "Değişiklikler", "Changes";
    MarkAdded => "yeni", "new";
    MarkBetter => "↑ daha iyi", "↑ better";
    MarkWorse => "↓ daha kötü", "↓ worse";
    MarkChanged => "değişti", "changed";
    ChangesSince => "Karşılaştırılan sürümden bu yana", "Since the version compared with";
    CycleLabel => "Müşteri deneyimi döngüsü", "Customer experience cycle";
    RenewDue => "yenileme zamanı: yolculuk değişmiş olabilir", "time to renew: the journey may have changed";
    CloseRound => "Turu kapat: anlık görüntü al, araştırmaya dön", "Close the round: take a snapshot, back to research";
    RenewAfter => "Yenileme önerisi (ay; boşsa 6)", "Suggest renewing after (months; 6 if empty)";
    NoChanges => "Fark yok.", "No differences.";
    ActionFromInsight => "+ Aksiyon", "+ Action";
    ActionFromPain => "Bu acı noktası için aksiyon", "An action for this pain point";
    StageInsights => "Aşamalara göre acı, duygu ve kanıt", "Pain, emotion and evidence by stage";
    PainScore => "Acı puanı", "Pain score";
    MeanEmotionColumn => "Ortalama duygu", "Mean emotion";
    EvidenceCoverage => "Gözleme dayanan", "Observed";
    AtOrAboveNeutral => "Nötr ya da üstündeki adımlar", "Steps at or above neutral";
    Gaps => "Beklenti ve yaşanan deneyim", "Expectation and experience";
    RatedGap => "Puan farkı", "Rated gap";
    NewAction => "Yeni aksiyon", "New action";
    AllOptions => "Tümü", "All";
    SortBy => "Sırala", "Sort by";
    ByPriority => "Öncelik", "Priority";
    ByOwner => "Sorumlu", "Owner";
    ByStatus => "Durum", "Status";
    ByStage => "Aşama", "Stage";
    RemoveAction => "Aksiyonu sil", "Remove action";
    Addresses => "Ele aldığı temas ve acı noktaları", "Touchpoints and pain points it addresses";
    Unlink => "Bağlantıyı kaldır", "Unlink";
    LinkTouchpoint => "Temas ya da acı noktası bağla", "Link a touchpoint or pain point";
    FromPainPoint => "Bir acı noktasından oluşturuldu", "Created from a pain point";
    FromExit => "Bir çıkış noktasından oluşturuldu", "Created from an exit point";
    FromInsight => "Bir içgörüden oluşturuldu", "Created from an insight";
    GapRating => "Beklenti ve deneyim puanı", "Expectation and experience rating";
    ExpectedRating => "Beklenen (puan)", "Expected (rating)";
    ReceivedRating => "Yaşanan (puan)", "Received (rating)";
    RatingScale => "Puan ölçeği", "Rating scale";
    RateGap => "Beklenti ve deneyim puanlandı (anket)", "Expectation and experience were rated (survey)";
    ExportPlanCsv => "Aksiyon planı (CSV)", "Action plan (CSV)";
    ExportPlanMarkdown => "Aksiyon planı (Markdown)", "Action plan (Markdown)";
    Numbers => "Sayılar: aşama özetleri ve huni", "Numbers: stage roll-ups and the funnel";
    StageNumbers => "Aşamalara göre ölçümler", "Metrics by stage";
    NotPooledMixed => "birleştirilemez (farklı ölçek ya da yöntem)", "not pooled (different scales or methods)";
    NotPooledNoN => "birleştirilemez (n eksik)", "not pooled (an n is missing)";
    NoFunnel =>
        "Huni için en az iki temas noktasında ziyaret sayısı girin \
         ya da iki ölçümü huni adımı olarak işaretleyin.",
        "Enter visits on at least two touchpoints, or mark two metrics as funnel steps, for a funnel.";
    FunnelByVisits =>
        "Adımlar: ziyaret sayısı olan temas noktaları, yolculuk sırasıyla \
         (bir ölçümü huni adımı olarak işaretleyerek seçebilirsiniz).",
        "Steps: the touchpoints with visits, in journey order (mark a metric as a funnel step to choose them).";
    FunnelByMarks =>
        "Adımlar: huni adımı olarak işaretlediğiniz temas noktaları, yolculuk sırasıyla.",
        "Steps: the touchpoints you marked as funnel steps, in journey order.";
    FunnelStepMark =>
        "Huni adımı: bu sayı buraya ulaşan müşterileri sayar",
        "Funnel step: this number counts the customers reaching it";
    FunnelFrom => "Adım", "Step";
    FunnelTo => "Sonraki adım", "Next step";
    Conversion => "Dönüşüm", "Conversion";
    DropOff => "Kayıp", "Drop-off";
    MoreArrived => "daha çok müşteri geldi", "more customers arrived";
    AddMetric => "Ölçüm ekle", "Add metric";
    RemoveMetric => "Ölçümü sil", "Remove metric";
    MetricKindLabel => "Ne ölçülüyor", "What is measured";
    MetricName => "Ölçüm adı", "Metric name";
    MetricValue => "Değer", "Value";
    MetricScale => "Yanıt ölçeği", "Answer scale";
    MetricUnit => "Birim", "Unit";
    MetricMethod => "Yöntem", "Method";
    MetricN => "n (yanıt ya da gözlem)", "n (answers or observations)";
    MetricSource => "Kaynak", "Source";
    MetricTarget => "Hedef", "Target";
    MetricDirection => "Hangisi daha iyi", "Which is better";
    HigherIsBetter => "Yüksek olan", "Higher";
    LowerIsBetter => "Düşük olan", "Lower";
    PeriodFrom => "Dönem başı", "Period from";
    PeriodTo => "Dönem sonu", "Period to";
    PeriodName => "Dönem adı (ör. Kasım 2026)", "Period name (e.g. November 2026)";
    Promoters => "Promoter (9–10)", "Promoters (9–10)";
    Passives => "Pasif (7–8)", "Passives (7–8)";
    Detractors => "Detractor (0–6)", "Detractors (0–6)";
    PasteAnswers =>
        "Yanıtları yapıştırın (satır başına bir sayı)",
        "Paste the answers (one number a line)";
    LinesUnreadable => "satır okunamadı", "lines could not be read";
    AnswerCount => "yanıtı verenler", "answering";
    TargetMet => "✓ tuttu", "✓ met";
    TargetMissed => "✗ tutmadı", "✗ missed";
    CurveEmpty =>
        "Eğri için temas noktalarına duygu girin.",
        "Give touchpoints an emotion to see the curve.";
    VeryNegative => "Çok olumsuz", "Very negative";
    Negative => "Olumsuz", "Negative";
    Neutral => "Nötr", "Neutral";
    Positive => "Olumlu", "Positive";
    VeryPositive => "Çok olumlu", "Very positive";
    Saved => "Kaydedildi", "Saved";
    Saving => "Kaydediliyor…", "Saving…";
    KeptInTab => "Yalnızca bu sekmede", "In this tab only";
    NotSaved => "Kaydedilemedi", "Not saved";
    MemoryOnly =>
        "Tarayıcı depolaması kullanılamıyor: değişiklikler yalnızca bu sekmede kalır.",
        "Browser storage is unavailable: changes stay in this tab only.";
    ReadOnlyStorage =>
        concat!(
            "Tarayıcı depolaması salt okunur: haritalarınız gösteriliyor ve ",
            "yedeklenebilir; değişiklikler yalnızca bu sekmede kalır."
        ),
        concat!(
            "Browser storage is read-only here: your maps are shown and can ",
            "be backed up; changes stay in this tab only."
        );
    UnreadableLeft =>
        concat!(
            "Okunamayan veri olduğu yerde bırakıldı (taşımaya ",
            "depolamada yer yok); hiçbir şey silinmedi."
        ),
        concat!(
            "Unreadable data was left where it is (storage has no room ",
            "to move it aside); nothing was deleted."
        );
    NewerMap =>
        concat!(
            "Bu haritayı Patika'nın daha yeni bir sürümü kaydetmiş; burada yalnızca ",
            "okunabilir. Güncellemek için sayfayı yeniden yükleyin:"
        ),
        "A newer version of Patika saved this map; it is shown read-only here. Reload to update:";
    NewerBadge => "Daha yeni bir sürümle kaydedildi", "Saved by a newer version";
    ReloadPage => "Yeniden yükle", "Reload";
    UpdateReady => "Yeni sürüm hazır", "A new version is ready";
    ExportedVersion => "Dışa aktarılan sürüm", "Exported version";
    IncomingIsVersion =>
        "Bu dosya kütüphanenizdeki bir haritanın başka bir sürümü:",
        "This file is another version of a map in your library:";
    IncomingThreeWay =>
        concat!(
            "Dışa aktardığınız sürüm bu tarayıcıda duruyor: yalnızca iki tarafta farklı ",
            "değişenler size sorulur."
        ),
        "The version you exported is kept in this browser: only what changed differently on both sides is asked.";
    IncomingTwoWay =>
        "Ortak sürüm bu tarayıcıda yok: her fark size sorulur.",
        "The shared version is not kept in this browser: every difference is asked.";
    MergeIntoMine => "Haritama birleştir", "Merge into my map";
    CompareFirst => "Önce karşılaştır", "Compare first";
    KeepAsCopy => "Ayrı bir kopya olarak ekle", "Keep as a copy";
    MergeReview => "Birleştirme", "Merge";
    MergeComesIn => "Gelen değişiklikler", "What comes in";
    MergeNothing => "Gelen bir değişiklik yok.", "Nothing new comes in.";
    MergeConflicts => "Çakışmalar: her biri için hangisi kalsın?", "Conflicts: which one stays?";
    MergeMine => "Benimki", "Mine";
    MergeTheirs => "Dosyadaki", "Theirs";
    MergeApply => "Birleştir", "Merge";
    MergeCancel => "Vazgeç", "Cancel";
    MergedFrom =>
        "şu dosyayla birleştirildi (Geri al ile eski hâline döner):",
        "was merged with (Undo brings it back):";
    MergedCameIn => "gelen değişiklik", "changes came in";
    MergedChosen => "çakışma seçildi", "conflicts chosen";
    UpdateTake => "Yenile", "Reload";
    UpdateBlocked =>
        concat!(
            "Bazı değişiklikler kaydedilemedi: kaybolmasınlar diye sayfa yenilenmedi. ",
            "Önce dışa aktarın."
        ),
        "Some changes could not be stored, so the page was not reloaded: export them first.";
    ChunkMissing =>
        concat!(
            "Bu sayfanın kodu indirilemedi (bağlantı yok ya da yeni sürüm yarım). ",
            "Bağlantıyı denetleyip yeniden deneyin; haritalarınız kayıtlı."
        ),
        concat!(
            "This page's code could not be downloaded (no connection, or a new version is half ",
            "deployed). Check the connection and try again; your maps are stored."
        );
    TryAgain => "Yeniden dene", "Try again";
    UnsavedKept =>
        "Bu sekmede tutulan, kaydedilemeyen değişiklikler:",
        "Changes kept in this tab only, not stored:";
    LeaveUnsaved =>
        concat!(
            "Bu haritadaki değişiklikler kaydedilemedi. Ayrılırsanız yalnızca bu sekmede ",
            "tutulurlar; kaybetmemek için önce dışa aktarın. Yine de ayrılınsın mı?"
        ),
        concat!(
            "The changes to this map could not be stored. If you leave, they are kept in ",
            "this tab only; export them first to be safe. Leave anyway?"
        );
    StorageFull =>
        "Depolama dolu: değişiklikler kaydedilmiyor.",
        "Storage is full: changes are not being saved.";
    Quarantined =>
        "Okunamayan veri ayrı bir yere taşındı; hiçbir şey silinmedi.",
        "Unreadable data was moved aside; nothing was deleted.";
    Download => "İndir", "Download";
    Repaired =>
        "Harita yüklenirken şunlar düzeltildi:",
        "These were repaired while loading the map:";
    Recovered =>
        "Dizinde olmayan bir harita kurtarıldı.",
        "A map missing from the index was recovered.";
    Dismiss => "Tamam", "Dismiss";
    IndexRebuilt =>
        "Harita dizini okunamadı; saklı haritalardan yeniden oluşturuldu.",
        "The map index was unreadable; it was rebuilt from the stored maps.";
    MissingMap =>
        "Dizindeki bir haritanın verisi bulunamadı:",
        "A map listed in the index has no data:";
    MapNotFound => "Bu harita bulunamadı.", "This map could not be found.";
    MapEditor => "Harita düzenleyici", "Map editor";
    Board => "Aşamalar ve temas noktaları", "Stages and touchpoints";
    ChangeFailed => "Değişiklik uygulanamadı", "The change could not be applied";
    ExitBadge => "Çıkış", "Exit";
    ExportJson => "JSON olarak dışa aktar", "Export JSON";
    TableView => "Tablo görünümü", "Table view";
    CompareWith => "Karşılaştır", "Compare with";
    NoComparison => "Karşılaştırma yok", "No comparison";
    Unmatched =>
        "Bu haritada eşi bulunmayan temas noktaları:",
        "Touchpoints with no match in this map:";
    ExportSvg => "SVG indir", "Download SVG";
    ExportPng => "PNG indir", "Download PNG";
    CurveHelp =>
        concat!(
            "Bir noktayı sürükleyin ya da seçip ↑/↓ ile duyguyu değiştirin, ←/→ ile noktalar ",
            "arasında gezinin; Esc sürüklemeyi iptal eder."
        ),
        concat!(
            "Drag a point, or focus it and use ↑/↓ to change the emotion and ←/→ to move between ",
            "points; Esc cancels a drag."
        );
    FutureCopy => "Gelecek durum kopyası oluştur", "Create future-state copy";
    FutureSuffix => "— gelecek durum", "— future state";
    Matrix => "Temas noktası matrisi", "Touchpoint matrix";
    MatrixHelp =>
        "Aşamalar × kanallar. Bir hücreye tıklayınca düzenleyici o temas noktalarına filtrelenir.",
        "Stages × channels. Click a cell to filter the editor to those touchpoints.";
    NotUsed => "kullanılmıyor", "not used";
    Filtered => "Filtre:", "Filtered:";
    ClearFilter => "Filtreyi kaldır", "Clear filter";
    MeanEmotion => "ortalama duygu", "mean emotion";
    ChannelSwitches => "Kanal değişimi", "Channel switch";
    Number => "Sıra", "No.";
    ImportFile => "Dosyadan içe aktar…", "Import from file…";
    WhichFiles => "Hangi dosyalar?", "Which files?";
    ImportHint =>
        concat!(
            "Patika haritası ya da yedeği (.json), tablo (.csv), Mermaid yolculuğu (.mmd) ya da ",
            "CJML (.xml); dosyayı sayfanın herhangi bir yerine de bırakabilirsiniz."
        ),
        concat!(
            "A Patika map or backup (.json), a table (.csv), a Mermaid journey (.mmd) or CJML ",
            "(.xml); you can also drop the file anywhere on the page."
        );
    BackUpAll => "Tüm haritaları yedekle", "Back up all maps";
    ImportedFrom => "içe aktarıldı:", "imported from";
    ImportFailed => "açılamadı:", "could not be opened:";
    NothingChanged =>
        "Kitaplığınızda hiçbir şey değişmedi.",
        "Nothing in your library was changed.";
    RepairedOnImport => "İçe aktarırken şunlar düzeltildi:", "Repaired while importing:";
    RestoredMaps => "Yedekten geri yüklenen harita:", "Maps restored from the backup:";
    AlreadyPresent => "zaten vardı (değişmedi):", "already present (unchanged):";
    BackupHolds => "Yedekteki harita:", "Maps in the backup:";
    NotBackedUp =>
        "Okunamadığı için yedekte olmayan harita:",
        "Maps that could not be read and are not in the backup:";
    NotRestored =>
        "Okunamadığı için geri yüklenmeyen harita:",
        "Maps that could not be read and were not restored:";
    DropToImport => "İçe aktarmak için bırakın", "Drop to import";
    MapInfo => "Harita bilgisi", "Map info";
    LastExported => "Son dışa aktarma:", "Last exported:";
    NeverExported => "Henüz dışa aktarılmadı", "Never exported";
    ExportReminder =>
        concat!(
            "Son kopyadan beri değişti: bir kopyasını saklamak için dışa aktarın ya da tüm ",
            "haritaları yedekleyin."
        ),
        "Changed since its last copy: export it or back up all maps to keep one.";
    StorageUsed => "Tarayıcı depolaması", "Browser storage";
    StorageOf => "/ yaklaşık", "of about";
    StorageAlmostFull =>
        concat!(
            "Depolama dolmak üzere: kullanmadığınız haritaları dışa aktarıp silin ya da tüm ",
            "haritaları yedekleyin."
        ),
        "Storage is almost full: export and delete maps you no longer use, or back up all maps.";
    PersistGranted =>
        "Tarayıcı haritalarınızı kalıcı olarak saklayacak.",
        "The browser will keep your maps (persistent storage granted).";
    PersistDenied =>
        "Tarayıcı yer darlığında verileri silebilir: düzenli olarak yedek alın.",
        "The browser may clear site data when space runs low: back up regularly.";
    ExportNow => "Şimdi dışa aktar", "Export now";
    Sources => "Kaynaklar", "Sources";
    SourcesHint =>
        concat!(
            "Her satıra bir kaynak: önce başlık, sonra http(s) ya da mailto adresi. Başka ",
            "adresler bağlantı olmaz, metin olarak kalır."
        ),
        concat!(
            "One source per line: a title, then an http(s) or mailto address. Other addresses do ",
            "not become links; they stay text."
        );
    NotALink =>
        "Bağlantı değil: yalnızca http, https ve mailto adresleri açılır.",
        "Not a link: only http, https and mailto addresses open.";
    ConflictText =>
        concat!(
            "Bu harita başka bir sekmede değiştirildi; buradaki son değişiklikleriniz ",
            "kaydedilmedi. Hiçbiri silinmedi: sizinkini kopya olarak saklayabilir ya da diğer ",
            "sekmedeki sürümü alabilirsiniz."
        ),
        concat!(
            "This map was changed in another tab; your latest changes here are not saved. Nothing ",
            "was lost: keep yours as a copy, or take the other tab's version."
        );
    KeepMineAsCopy => "Benimkini kopya olarak sakla", "Keep mine as a copy";
    TakeTheirs => "Diğer sekmedekini al", "Take theirs";
    FollowedOtherTab =>
        "Bu harita başka bir sekmede değiştirildi; güncel hâli gösteriliyor.",
        "This map was changed in another tab; its latest version is shown.";
    DeletedElsewhere =>
        concat!(
            "Bu harita başka bir sekmede silindi. Burada düzenlemeye devam ederseniz yeniden ",
            "kaydedilir."
        ),
        "This map was deleted in another tab. If you keep editing here, it is stored again.";
    ErrQuota => "depolama dolu", "storage is full";
    ErrUnavailable => "depolama kullanılamıyor", "storage is unavailable";
    ErrNotVerified =>
        "yazılan veri geri okunduğunda aynı çıkmadı",
        "what was written did not read back the same";
    ErrConflict => "başka bir sekmede değiştirildi", "changed in another tab";
    ErrNewer => "Patika'nın daha yeni bir sürümü kaydetmiş", "a newer version of Patika saved it";
    ErrNotText => "kayıtlı değer metin değil", "the stored value is not text";
    ErrOther => "depolama hatası", "storage error";
    ReplaceFromFile => "Dosyayla değiştir…", "Replace from file…";
    ReplacedFrom =>
        "içeriği bu haritanın yerine kondu (Geri al ile eski hâline döner):",
        "replaced this map's content (Undo brings it back):";
    Loading => "Yükleniyor…", "Loading…";
    SharedFailed => "Paylaşılan harita açılamadı:", "The shared map could not be opened:";
    SharedBanner =>
        "Paylaşılan harita — salt okunur; tarayıcınızda saklanmadı.",
        "Shared map — read-only; it is not stored in your browser.";
    SaveToMyMaps => "Haritalarıma kaydet", "Save to my maps";
    BackToEditor => "← Düzenleyiciye dön", "← Back to editor";
    Print => "Yazdır", "Print";
    ShareLink => "Paylaşım bağlantısını kopyala", "Copy share link";
    LinkCopied =>
        "Bağlantı panoya kopyalandı. Harita bağlantının içinde; hiçbir sunucuya gönderilmez.",
        "Link copied to the clipboard. The map is inside the link; it is never sent to a server.";
    LinkCopyManual =>
        concat!(
            "Bağlantıyı bu kutudan kopyalayın. Harita bağlantının içinde; hiçbir sunucuya ",
            "gönderilmez."
        ),
        "Copy the link from this box. The map is inside the link; it is never sent to a server.";
    LinkLong =>
        concat!(
            "Bu bağlantı uzun: bazı sohbet ve e-posta uygulamaları uzun bağlantıları keser. ",
            "Gerekirse JSON dosyasını paylaşın. Karakter:"
        ),
        concat!(
            "This link is long: some chat and mail apps cut long links. Share the JSON file if it ",
            "does not arrive whole. Characters:"
        );
    ShareLinkLabel => "Paylaşım bağlantısı", "Share link";
    Present => "Sunum görünümü", "Presentation view";
    ContentHash =>
        "İçerik özeti (SHA-256, dışa aktarılan JSON'un)",
        "Content hash (SHA-256 of the exported JSON)";
    HashHint =>
        "Paylaşılan bir dosyanın incelediğiniz sürüm olduğunu bu özetle doğrulayabilirsiniz.",
        "Compare it with a shared file's hash to check it is the version you reviewed.";
    Created => "Oluşturuldu", "Created";
    Unavailable => "kullanılamıyor", "unavailable";
    ConversionNotes =>
        "Dönüştürürken taşınamayan ya da tahmin edilenler:",
        "What could not be carried over, or was guessed:";
    ExportCsv => "CSV olarak dışa aktar", "Export CSV";
    ExportMermaid => "Mermaid olarak dışa aktar", "Export Mermaid";
    ExportCjml => "CJML olarak dışa aktar", "Export CJML";
    FileMenu => "Dosya", "File";
    LeftOut => "Dışa aktarılan dosyada olmayanlar:", "Left out of the exported file:";
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key_has_both_languages() {
        for k in Key::ALL {
            assert!(!text(Lang::Tr, *k).trim().is_empty(), "{k:?} tr");
            assert!(!text(Lang::En, *k).trim().is_empty(), "{k:?} en");
        }
    }
}
