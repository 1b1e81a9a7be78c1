import type { Lexicon, Phrase } from './types';
import { linkLists, W0, W1, w } from './words';

/** Portuguese (Brazil first) word lists (issue 16): the same families as en.ts. */
/**
 * Phrases by taxonomy category (tests/coach-corpus/TAXONOMY.md), written from the category definitions so
 * every promotional category has words of its own in Portuguese: profile links, referral codes, merch, reply
 * keywords, "RT se...", sponsorship tags, episodes, availability for work.
 */
const BY_CATEGORY: Record<'offers' | 'salesCta' | 'discount' | 'selfAnnouncement' | 'bait', Phrase[]> = {
  offers: [
    {
      re: `${w('valores', 'preços', 'orçamento', 'orçamentos', 'tabela', 'amostras', 'info')} (?:na|no|por|via) (?:dm|direct|inbox|privado|pv)`,
      weight: 30,
    },
    {
      re: `${w('posso', 'podemos')} (?:divulgar|te ajudar|ajudar|fazer|criar|cuidar|escrever|melhorar)`,
      weight: 25,
    },
    {
      re: `${w('damos', 'dou', 'oferecemos')} (?:oficinas|cursos|treinamentos|aulas|mentorias|consultorias)`,
      weight: 25,
    },
  ],
  salesCta: [
    {
      re: w(
        'link abaixo',
        'link no primeiro comentário',
        'link nos comentários',
        'link na resposta',
        'mais info em',
        'garanta a sua vaga',
        'garanta sua vaga',
        'garanta o seu',
        'garanta já',
        'peça o seu',
        'peça já',
        'compre já',
        'à venda',
      ),
      weight: 35,
    },
    {
      re: w(
        'catarse',
        'kickstarter',
        'apoia.se',
        'padrim',
        'vakinha',
        'financiamento coletivo',
        'vota na gente',
        'vote na gente',
        'vota em mim',
        'vote em mim',
        'precisamos do seu voto',
        'apoie',
        'apoia o projeto',
      ),
      weight: 35,
    },
    {
      re: `${w('webinar', 'masterclass', 'aula ao vivo', 'live gratuita', 'aula gratuita', 'evento gratuito', 'oficina online')}.{0,40}(?:inscri|vaga|aprend|→|link)`,
      weight: 30,
    },
    {
      re: w(
        'no meu perfil',
        'no perfil',
        'lá no perfil',
        'link do perfil',
        'link do meu perfil',
        'link da bio',
        'link na bio',
        'fixado no perfil',
        'fixado lá',
        'tweet fixado',
        'post fixado',
      ),
      weight: 35,
    },
    {
      re: `${w('pelo meu', 'com o meu', 'com meu', 'usando o meu', 'usando meu', 'use meu', 'use o meu')} (?:link|código|codigo|cupom)|${w('código de indicação', 'link de indicação', 'meu link de', 'afiliado', 'afiliada', 'ganho uma comissão', 'levo uma comissão')}`,
      weight: 35,
    },
    {
      re: `${w('disponível', 'disponíveis', 'aberto', 'aberta')} (?:pra|para|a) (?:novos |novas )?(?:projetos|trabalhos|clientes|propostas|freelas?|oportunidades)|${w('procurando (?:remoto|emprego|trabalho|vaga|recolocação|freelas?)', 'buscando recolocação', 'open to work', 'abri \\d+ vagas', 'encomendas abertas', 'agenda aberta', 'portfólio', 'portfolio')}`,
      weight: 30,
    },
    {
      re: `${w('camisetas', 'camisas', 'canecas', 'moletons', 'moletom', 'adesivos', 'bonés', 'ecobags?', 'merch')}.{0,60}${w('estoque', 'loja', 'venda', 'envio', 'enviamos', 'edição limitada', 'tamanhos', 'pedidos', 'site', 'do P ao G+')}|${w('de volta ao estoque', 'voltou ao estoque', 'reposição')}`,
      weight: 35,
    },
    {
      re: `${w('guia', 'template', 'templates', 'planilha', 'checklist', 'ebook', 'e-book', 'masterclass', 'aula')} (?:grátis|gratuito|gratuita|gratuitos)|${w('se vc ainda não assina', 'se você ainda não assina', 'se vc não assina', 'se você não assina', 'assine', 'assina a news', 'assina a newsletter')}`,
      weight: 35,
    },
    {
      re: w(
        'airdrop',
        'whitelist',
        'allowlist',
        'presale',
        'mint',
        'free mint',
        'staking',
        'conecte a carteira',
        'conecta a carteira',
        'to the moon',
      ),
      weight: 35,
    },
    {
      re: w(
        'patrocinado por',
        'patrocinada por',
        'em parceria com',
        '#publi',
        '#publipost',
        '#ad',
        '#parceria',
        'publi',
      ),
      weight: 40,
    },
    {
      re: w(
        'é só seguir',
        'basta seguir',
        'pra participar',
        'para participar',
        'vencedor',
        'vencedora',
        'ganhador',
        'ganhadora',
      ),
      weight: 30,
    },
    {
      re: `${w('ingressos', 'inscrições', 'vagas')}.{0,40}(?:R\\$ ?\\d+|\\d+ reais|grátis|aqui|no site|→)`,
      weight: 30,
    },
  ],
  discount: [
    {
      re: w(
        'pela metade do preço',
        'preço especial',
        'promoção',
        'queima de estoque',
        'preço de lançamento',
        'em promo',
      ),
      weight: 30,
    },
  ],
  selfAnnouncement: [
    {
      re: w(
        'novo episódio',
        'episódio novo',
        'novo ep',
        'ep novo',
        'último ep',
        'já dá pra ouvir',
        'ouve lá',
        'episódio \\d+',
        'em todas as plataformas',
      ),
      weight: 25,
    },
    {
      re: `${w('escrevi', 'gravei', 'fiz um', 'fiz uma')} (?:sobre|um (?:texto|fio|post|artigo|vídeo|video|tutorial)|uma (?:thread|palestra|aula))|${w('vídeo novo', 'video novo', 'no blog', 'meu blog', 'no canal', 'meu canal')}`,
      weight: 25,
    },
    {
      re: `${w('meu primeiro', 'minha primeira', 'nosso primeiro', 'nossa primeira')} (?:livro|romance|disco|ep|álbum|single|app|jogo|curso|extensão|coleção)|${w('tá nas livrarias', 'já tá nas livrarias', 'está nas livrarias', 'tá no ar')}`,
      weight: 25,
    },
  ],
  bait: [
    {
      re: w('rt se', 'curte se', 'dá like se', 'da like se', 'like se', 'retuíta se', 'retweeta se'),
      weight: 50,
    },
    {
      re: `${w('se')} (?:esse|este|o) (?:tweet|tuíte|tuite|post|fio) (?:bater|chegar|passar|der)`,
      weight: 50,
    },
    {
      re: w('segue de volta', 'sigo de volta', 'te segui', 'sdv', 'me segue', 'sigo todo mundo'),
      weight: 50,
    },
    {
      re: `${w('[Cc]omenta', '[Mm]anda', '[Rr]esponde', '[Ee]screve', '[Dd]igita')}(?: aqui)? [«"“]?[A-ZÁÉÍÓÚÃÕÇ]{3,}[»"”]?`,
      weight: 50,
      caseSensitive: true,
    },
  ],
};

/**
 * Wider phrasings of the same categories (issue 16's second pass), in Brazilian and European Portuguese: "agenda
 * aberta", "parceria paga", "um voto ajuda", "o preço sobe", "venham conhecer", written as families of
 * variants from the taxonomy, not as copies of any draft.
 */
const WIDER: Record<'offers' | 'salesCta' | 'discount' | 'selfAnnouncement' | 'bait', Phrase[]> = {
  offers: [
    {
      re: `${w('faço', 'fazemos', 'oferecemos', 'ofereço', 'crio', 'criamos')} (?:serviços|páginas|sites|logos|lojas virtuais|campanhas|fotos|vídeos|videos|traduções|auditorias|contabilidade) (?:pra|para|de|a)|${w('num preço bom', 'preço bom', 'preço justo', 'mensalidade fixa', 'preço fixo', 'te passo o catálogo', 'te mando o catálogo', 'te passo catálogo')}`,
      weight: 30,
    },
    {
      re: `${w('valores', 'preços', 'orçamento', 'orçamentos', 'amostras', 'info', 'tabela')} (?:por|pelo|pela|no|na) (?:mensagem|mensagens|privado|pv|whats|whatsapp|zap|inbox|email|e-mail)`,
      weight: 30,
    },
    {
      re: `${w('te mando', 'te passo', 'te envio', 'vos envio', 'lhe envio', 'posso mandar', 'posso enviar', 'posso te mandar', 'posso te enviar', 'posso vos enviar', 'envio-te', 'mando-te')} (?:um |uma |o |a )?(?:orçamento|proposta|valores|preços|amostras|portfólio|info|mais info|no direct|no privado|por dm)`,
      weight: 30,
    },
    {
      re: `${w('topa', 'topam', 'bora', 'vamos', 'querem', 'quer', 'podemos', 'que tal')} (?:uma )?(?:conversar|marcar uma (?:call|chamada|reunião)|uma call|uma demo|uma chamada|testar|fechar)`,
      weight: 30,
    },
    {
      re: `${w('cuido', 'cuidamos', 'faço', 'fazemos', 'trabalho com', 'trabalhamos com', 'atendo', 'atendemos')} (?:das redes|as redes|redes sociais|tráfego pago|a gestão|o marketing|agências|marcas|empresas|restaurantes|clínicas|padarias|cafés|lojas|e-commerce|vídeos para|sites para)`,
      weight: 25,
    },
    {
      re: `${w('consigo', 'conseguimos')} (?:triplicar|dobrar|aumentar|multiplicar) (?:as |o |a |os )?(?:vendas|faturamento|seguidores|clientes|leads)`,
      weight: 30,
    },
  ],
  salesCta: [
    {
      re: `${w('últimas', 'últimos')} (?:\\d+ )?(?:vagas|lugares|ingressos|bilhetes|unidades|mesas|horários|peças)`,
      weight: 35,
    },
    {
      re: `${w('só até', 'somente até', 'apenas até', 'até às \\d', 'até as \\d', 'até domingo', 'até segunda', 'até meia-noite', 'cyber monday', 'prime day')}`,
      weight: 30,
    },
    {
      re: `${w('vaquinha', 'benfeitoria', 'crowdfunding', 'catarse', 'qualquer valor ajuda', 'qualquer contribuição', 'bater a meta', 'a meta da', 'faltam \\d+ (?:mil )?(?:reais|apoiadores|euros)')}`,
      weight: 30,
    },
    {
      re: `${w('encomendas', 'comissões', 'commissions', 'pedidos')} (?:abert[oa]s|(?:pra|para|em) (?:janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro|o natal|o mês))|${w('tenho espaço', 'tenho vaga', 'tenho vagas', 'tenho horário')} (?:pra|para|em)`,
      weight: 30,
    },
    { re: `${w('com a palavra', 'comentário com', 'comenta a palavra')} [«"“]?[A-Za-zÀ-ÿ]{3,}`, weight: 35 },
    { re: w('vamos sortear', 'vou sortear', 'sorteando', 'sorteio', 'sorteamos', 'passatempo'), weight: 25 },
    {
      re: `${w('agenda aberta', 'agenda de [\\wÀ-ÿ]+ aberta', 'abri a agenda', 'abro a agenda', 'abrimos a agenda', 'datas livres', 'datas disponíveis', 'horários livres', 'horários disponíveis', 'vagas abertas')}(?: pra| para| em| de| no| na|,| ✒)`,
      weight: 35,
    },
    {
      re: `${w('ainda tenho', 'tenho agenda', 'ainda restam', 'restam')} (?:datas|horários|vagas|lugares|poucas|poucos|\\d+)`,
      weight: 35,
    },
    {
      re: `${w('se alguém precisa', 'se alguém precisar', 'se precisar', 'se precisarem', 'se vocês precisam', 'se procuram')} (?:de )?(?:um|uma) (?:[\\wÀ-ÿ]+ ){0,2}(?:com experiência|freelancer|freela)|${w('estou disponível', 'estou à procura de novos clientes', 'procuro novos clientes', 'procuro clientes', 'contactem-me', 'contacte-me', 'chama no direct', 'chama na dm', 'open to work')}`,
      weight: 30,
    },
    {
      re: `${w('product hunt', 'producthunt', '(?:um|seu|teu|o vosso) voto (?:ajuda|nos ajuda|me ajuda)', 'votar (?:leva|demora|é rápido|é grátis)', 'votem na gente', 'votem em nós', 'estamos nomeados', 'estamos indicados', 'fomos nomeados', 'fomos indicados', 'fomos indicadas', 'somos finalistas', 'lista de desejos', 'wishlist', 'me apoiar no', 'apoie no', 'pix pra ajudar', 'me paga um café', 'paga-me um café')}`,
      weight: 30,
    },
    {
      re: `${w('venham conhecer', 'vem conhecer', 'venha conhecer', 'vem provar', 'venham provar', 'esperamos vocês', 'esperamos por vocês', 'esperamos-vos', 'te esperamos')}`,
      weight: 25,
    },
    {
      re: `${w('ao vivo', 'uma live', 'live', 'em direto', 'um direto')} (?:no|na|pelo) (?:instagram|youtube|twitch|tiktok|canal)|${w('ativa o lembrete', 'ativem o lembrete', 'ative o lembrete', 'ativa o sininho', 'ativem as notificações', 'ativa as notificações')}`,
      weight: 30,
    },
    {
      re: `${w('ingresso', 'ingressos', 'bilhete', 'bilhetes', 'entrada')} (?:a \\d|por \\d|\\d|r\\$|no sympla|na bilheteira|na porta|já à venda|à venda)`,
      weight: 30,
    },
    {
      re: `${w('dá o play', 'dá play', 'deem o play', 'dêem play', 'escuta aqui', 'ouça aqui', 'ouve aqui', 'ouçam', 'saiu o episódio', 'saiu o ep', 'episódio novo', 'novo episódio', 'novo ep', 'último episódio')}`,
      weight: 30,
    },
    { re: `${w('os primeiros', 'as primeiras', 'aos primeiros')} \\d+`, weight: 25 },
    {
      re: w(
        'edição limitada',
        'unidades limitadas',
        'tiragem limitada',
        'pra levar pra casa',
        'para levar para casa',
      ),
      weight: 25,
    },
    {
      re: `${w('candidaturas abertas', 'candidaturas estão abertas', 'inscrições abertas', 'inscrições estão abertas', 'candidata-te', 'candidate-se', 'inscreve-te', 'inscreva-se', 'se inscreve', 'garante já', 'reserva já', 'já dá pra encomendar', 'já dá para encomendar', 'já podem encomendar')}`,
      weight: 30,
    },
  ],
  discount: [
    {
      re: `${w('sobe', 'vai subir', 'passa', 'vai passar')} (?:de|para|pra) (?:r\\$ ?)?\\d+.{0,24}(?:no dia|dia|em|a partir)|${w('aproveita o preço', 'aproveite o preço', 'aproveitem o preço', 'preço atual', 'preço de lançamento', 'antes que suba', 'antes de subir')}`,
      weight: 35,
    },
    {
      re: w(
        'saldos',
        'liquidação',
        'promoção relâmpago',
        'queima de estoque',
        'leve 2 pague 1',
        'tudo com \\d+ ?%',
      ),
      weight: 30,
    },
  ],
  selfAnnouncement: [
    {
      re: `${w('parceria paga', 'publicidade paga', 'conteúdo patrocinado', 'patrocinado por', 'patrocinado pela', 'patrocinado pelo', 'patrocinada por', 'é patrocinado', 'um oferecimento', 'oferecimento de', 'oferecimento do', 'oferecimento da', 'embaixador da', 'embaixadora da', 'embaixador de', 'embaixadora de')}|#(?:publi|recebido|recebidos|parceria|patrocinado|ad|pub)${'(?![\\wÀ-ÿ])'}`,
      weight: 35,
    },
    {
      re: `${w('meu último', 'o meu último', 'meu novo', 'o meu novo', 'nosso último', 'minha última', 'a minha última')} (?:artigo|post|texto|vídeo|video|episódio|fio|thread|palestra|ensaio|newsletter)|${w('deixo aqui', 'deixo-vos', 'deixo pra vocês', 'subi os slides', 'subi o vídeo')} (?:a gravação|os slides|o vídeo|a minha palestra|minha palestra)?`,
      weight: 30,
    },
    {
      re: `${w('abrimos', 'inauguramos', 'inaugurámos', 'estreamos')} (?:a |o |nossa |nosso |a nossa |o nosso )?(?:nova |novo )?(?:loja|cafeteria|padaria|restaurante|bar|ateliê|estúdio|unidade|filial|cardápio|menu)|${w('já está na', 'já tá na', 'já está no', 'já tá no', 'chega às', 'chega nas')} (?:app store|play store|google play|spotify|livrarias|lojas)`,
      weight: 30,
    },
    {
      re: `[\\d.,]+k? ?(?:estrelas|downloads|inscritos|assinantes|clientes|usuários|utilizadores|seguidores|vendas|alunos|leitores)(?: no| na)?|${w('npm i', 'npm install', 'pip install', 'brew install')}`,
      weight: 20,
    },
    { re: w('lançámos', 'lançamos hoje', 'lancei hoje', 'saiu hoje', 'saiu!!!', 'no ar'), weight: 25 },
  ],
  bait: [
    {
      re: `${w('comenta', 'comentem', 'responde', 'respondam')} (?:um )?«?"?(?:sim|eu|[A-ZÁÉÍÓÚÃÕÇ]{2,})»?"? se|${w('compartilha pra', 'compartilhem pra', 'partilha para', 'partilhem para', 'compartilhe para')}`,
      weight: 45,
    },
    {
      re: w(
        'me segue pra mais',
        'me siga para mais',
        'segue-me para mais',
        'sigam-me para mais',
        'segue a gente pra mais',
        'sigo de volta',
      ),
      weight: 50,
    },
  ],
};

/**
 * Third pass (issue 16, Portuguese recall): families written as grammar rather than fixed phrases, so word
 * order, diminutives, European spellings and typed-without-accents variants meet them: "link (que tenho) da
 * minha bio", "lnk na b1o", "ligação na biografia", "tá no perfil", "caso precisem de", "terei todo o gosto em
 * enviar", "me sigam que", "partilhem se", "o curso que lancei", "sobe pra 497".
 */
const LINK_WORD = `(?:links?|lnk|l1nk|linkzinho|linkinho|ligação|ligações|🔗)`;
const PROFILE_WORD = `(?:bio|b1o|bi0|biografia|perfil|descrição|descrição do perfil|destaques)`;
const GRAMMAR: Record<'offers' | 'salesCta' | 'discount' | 'selfAnnouncement' | 'bait', Phrase[]> = {
  offers: [
    {
      re: `${w('gostava', 'gostavam', 'gostaria', 'gostariam', 'quer', 'querem', 'queres', 'queria', 'queriam')} (?:de )?receber (?:uma |um |a nossa |o nosso )?(?:proposta|orçamento|apresentação|demonstração|amostra)|${w('terei', 'teria', 'teremos', 'teríamos')} (?:todo o |muito )?gosto em (?:enviar|mandar|ajudar|apresentar|mostrar)|${w('enviar orçamento', 'enviar-vos', 'enviar-lhe', 'apresentar-vos', 'apresentar-lhe')}`,
      weight: 30,
    },
    {
      re: `${w('caso', 'se')} (?:vocês |vc |você |tu )?(?:precisem|precise|precises|necessitem|necessite|tenham interesse|tenha interesse|tiverem interesse|tiver interesse) (?:de )?(?:ajuda|um|uma|alguém|apoio|melhorar|aumentar|legendar|traduzir|criar|renovar|resolver)`,
      weight: 25,
    },
    {
      re: `${w('faço', 'fazemos', 'crio', 'criamos', 'desenvolvo', 'desenvolvemos', 'edito', 'editamos', 'gravo', 'produzo', 'produzimos')} (?:[\\wÀ-ÿ-]+ ){1,3}(?:pra|para|com|a) (?:[\\wÀ-ÿ]+ )?(?:empresas|negócios|marcas|lojas|padarias|restaurantes|clínicas|consultórios|escritórios|criadores|influenciadores|startups|e-commerces|advogados|médicos|dentistas|salões|barbearias|academias|escolas|você|vocês|vc|te|ti)`,
      weight: 30,
    },
    {
      re: `${w('quer que eu', 'queres que eu', 'posso te mostrar', 'posso mostrar', 'posso-te mostrar', 'te mostro', 'mostro-te', 'te apresento', 'apresento-te', 'vê se serve', 'veja se serve', 'vê se faz sentido', 'faz sentido pra vocês', 'faz sentido para vocês', 'faz sentido pra você', 'faz sentido para si')}`,
      weight: 25,
    },
    {
      re: `${w('resolvemos', 'resolvo', 'resolve')} (?:exatamente |justamente |precisamente )?(?:isso|isto|esse problema|este problema|essa dor)|${w('nossa ferramenta', 'minha ferramenta', 'nosso sistema', 'nosso app', 'nossa plataforma', 'nosso software', 'a nossa ferramenta', 'a nossa plataforma', 'o nosso sistema')} (?:resolve|faz|automatiza|cuida)`,
      weight: 30,
    },
    {
      re: `${w('sou', 'somos')} (?:um |uma )?(?:[\\wÀ-ÿ-]+ ){0,2}(?:agência|estúdio|produtora|consultoria|empresa|startup|tradutor|tradutora|fotógrafo|fotógrafa|editor|editora|designer|programador|programadora|desenvolvedor|desenvolvedora|especialista|gestor|gestora|contador|contadora|advogado|advogada|arquiteto|arquiteta|nutricionista|psicólogo|psicóloga|personal|coach|mentor|mentora|consultor|consultora|copywriter|ilustrador|ilustradora)`,
      weight: 25,
    },
    {
      re: `${w('tem vagas', 'ainda tem vaga', 'há vagas', 'próxima turma', 'na próxima turma', 'primeira sessão', 'primeira consulta', 'sessão grátis', 'sessão gratuita', 'consulta grátis', 'consulta gratuita', 'análise gratuita', 'análise grátis', 'diagnóstico grátis', 'diagnóstico gratuito', 'sem custo', 'sem compromisso')}`,
      weight: 25,
    },
  ],
  salesCta: [
    {
      re: `${W0}${LINK_WORD}(?: [\\wÀ-ÿ]+){0,3}? (?:na|no|da|do|nas|nos|em|pela|pelo) (?:minha |meu |nossa |nosso |a minha |o meu )?${PROFILE_WORD}${W1}`,
      weight: 40,
    },
    {
      re: `${w('tá', 'ta', 'está', 'esta', 'estão', 'estao', 'tão', 'tao', 'fica', 'ficou', 'deixei', 'deixo', 'coloquei', 'pus', 'botei', 'corre', 'corram', 'vai', 'vão', 'passa', 'passem', 'dá um pulo', 'clica', 'clique')} (?:[\\wÀ-ÿ]+ ){0,2}?(?:na|no|lá na|lá no|ali na|ali no) (?:minha |meu |a minha |o meu )?${PROFILE_WORD}${W1}`,
      weight: 35,
    },
    {
      re: `${W0}${PROFILE_WORD} ?(?:👆|☝️|☝|⬆️|⬆|🔝|🔗|👉)|(?:👆|☝️|🔗|👉) ?(?:na |no )?${PROFILE_WORD}${W1}`,
      weight: 40,
    },
    {
      re: `${w('reservas', 'reserva', 'encomendas', 'pedidos', 'inscrições', 'marcações', 'agendamentos')} (?:pelo|pela|no|na|por) (?:whats|whatsapp|zap|direct|dm|privado|pv|inbox|telefone|telemóvel|site|link)|${w('é só se inscrever', 'só se inscrever', 'é só se cadastrar', 'é só mandar', 'é só chamar', 'basta inscrever', 'basta enviar')}`,
      weight: 30,
    },
    {
      re: `${w('só', 'apenas', 'somente')} \\d+ (?:lugares|vagas|unidades|peças|ingressos|bilhetes|mesas)|${w('aula aberta', 'aula experimental', 'aulão', 'live hoje', 'live amanhã', 'live às', 'direto hoje', 'direto amanhã', 'em direto às', 'faço um direto', 'faço uma live', 'vou fazer uma live', 'tem live', 'vai ter live')}`,
      weight: 30,
    },
    {
      re: `${w('nova turma', 'turma nova', 'turmas novas', 'novas turmas', 'turma aberta', 'turmas abertas', 'abriram as inscrições', 'abrimos as inscrições', 'abri as inscrições', 'inscrições da', 'te inscreveres', 'se inscreverem', 'te inscrever', 'se inscrever no')}`,
      weight: 30,
    },
    {
      re: `${w('assina', 'assine', 'assinem', 'subscreve', 'subscrevam', 'subscreva', 'inscreve-te', 'inscreva-se', 'segue', 'sigam', 'ativa', 'ativem')} (?:[\\wÀ-ÿ]+ ){0,2}(?:pra|para) (?:receber|não perder|não perderes|não perderem|ficar por dentro|acompanhar)|${w('edição \\d+ da (?:minha |nossa )?(?:news|newsletter)', 'a (?:minha |nossa )?(?:news|newsletter) sai')}`,
      weight: 30,
    },
    {
      re: `${w('meu', 'minha', 'nosso', 'nossa', 'o meu', 'a minha')} (?:apoia\\.se|apoia-se|catarse|padrim|patreon|ko-fi|kofi|vakinha|vaquinha|pix|benfeitoria|orelo)`,
      weight: 30,
    },
    {
      re: `${w('link de afiliad[oa]', 'links de afiliad[oa]', 'link afiliado', 'sou afiliad[oa]', 'ganho (?:uma )?(?:comissão|comissãozinha|comissaozinha|%|uns trocados|um trocado)', 'ganhamos (?:os )?dois', 'ganhamos as duas', 'recebo (?:uma )?comissão', 'levo (?:uma )?(?:comissão|comissãozinha)')}`,
      weight: 35,
    },
  ],
  discount: [
    {
      re: `${w('sobe', 'aumenta', 'vai subir', 'vai aumentar', 'volta', 'passa a custar', 'passa a ser')} (?:para|pra|a|pros|aos) (?:r\\$ ?|€ ?)?\\d+|${w('pelo valor antigo', 'pelo preço antigo', 'pelo preço atual', 'pelo valor atual', 'valor promocional', 'preço promocional', 'preço de pré-venda')}`,
      weight: 35,
    },
    {
      re: `${w('plano', 'planos', 'assinatura', 'anuidade', 'mensalidade')} (?:anual|mensal|vitalíci[oa]|pro|premium)? ?(?:por|a|de|custa) (?:apenas |só )?(?:r\\$ ?|€ ?)?\\d+`,
      weight: 30,
    },
  ],
  selfAnnouncement: [
    {
      re: `${w('post', 'texto', 'artigo', 'vídeo', 'video', 'episódio', 'ensaio', 'fio', 'tutorial', 'conteúdo')} novo (?:no|na|lá no|lá na) (?:meu |minha )?(?:substack|blog|canal|newsletter|medium|site|youtube|perfil)|${w('meu substack', 'minha newsletter', 'meu medium', 'meu youtube', 'meu tiktok')}`,
      weight: 30,
    },
    {
      re: `${w('os slides', 'a gravação', 'o vídeo', 'o video')} (?:da minha|do meu|da nossa|do nosso) (?:palestra|talk|aula|apresentação|workshop|painel)|${w('minha palestra', 'na minha palestra', 'a minha palestra', 'minha talk', 'meu talk')}|${w('os slides')} (?:tão|estão|ficam|aqui)`,
      weight: 30,
    },
    {
      re: `(?:curso|ebook|e-book|livro|app|mentoria|ferramenta|extensão|plugin|jogo|produto|canal|podcast|planilha|template|comunidade|loja|marca|coleção) que (?:eu |nós |a gente )?(?:lancei|criei|fiz|escrevi|gravei|montei|desenvolvi|lançamos|criamos|fizemos|montamos|desenvolvemos|lançámos|criámos)|${w('por isso (?:eu )?(?:montei|criei|fiz|lancei|criamos|lançamos|montamos|desenvolvi|desenvolvemos)', 'foi (?:pra|para) isso que (?:eu )?(?:criei|fiz|lancei|criamos|lançamos|montei)')}`,
      weight: 30,
    },
    {
      re: `${w('abre', 'abrem', 'abrimos', 'abriremos', 'reabre', 'reabrimos', 'inaugura', 'inauguramos')} (?:as portas|as nossas portas|nossas portas|o terraço|a loja|a esplanada|o rooftop|a casa|oficialmente)|${w('estreia', 'estreiam', 'estreamos', 'estreio')} (?:hoje|amanhã|esta|nesta|na|no|dia|sexta|sábado|domingo|segunda|terça|quarta|quinta)`,
      weight: 30,
    },
    {
      re: `${w('meu', 'minha', 'nosso', 'nossa', 'o meu', 'a minha', 'o nosso', 'a nossa')} (?:novo |nova |primeiro |primeira )?(?:jogo|app|livro|filme|documentário|curta|disco|álbum|ep|single|coleção|linha|marca|produto|curso|podcast|série) (?:[\\wÀ-ÿ]+ ){0,4}?(?:sai|chega|estreia|já está|já tá|tá no|está no|está na|tá na|saiu|chegou|lança|é lançad[oa])`,
      weight: 30,
    },
    {
      re: `${w('testa aí', 'testa ai', 'instala aí', 'baixa aí', 'experimenta aí', 'dá uma olhada', 'deem uma olhada', 'deem uma espiada', 'dá uma espiada', 'experimentem', 'passem lá', 'passa lá')}`,
      weight: 20,
    },
  ],
  bait: [
    {
      re: `${w('me sigam', 'sigam-me', 'me segue', 'segue-me', 'sigam a gente', 'sigam a página', 'sigam o perfil')} (?:que|pra|para|porque|e)|${w('partilhem se', 'partilha se', 'compartilhem se', 'compartilha se', 'retuíta se', 'retweeta se', 'dá rt se', 'da rt se', 'deem rt se')}`,
      weight: 50,
    },
    {
      re: `${w('deixa', 'deixem', 'comenta', 'comentem', 'manda', 'mandem')} (?:um |uma )?(?:🔥|❤️|💜|🙋|👇|emoji|"eu"|eu|sim|quero)(?: aqui)?(?: nos comentários| embaixo| aqui embaixo)? (?:que|e) (?:eu )?(?:te |vos |lhe )?(?:envio|mando|passo|entrego)`,
      weight: 50,
    },
  ],
};

export const pt: Lexicon = {
  matchWithoutAccents: true,
  modelReadsFolded: true,
  cues: {
    firstPerson: [
      'eu',
      'meu',
      'minha',
      'meus',
      'minhas',
      'me',
      'nós',
      'nosso',
      'nossa',
      'nossos',
      'nossas',
      'a gente',
      'mim',
      'comigo',
      'conosco',
      'connosco',
    ],
    // Portuguese drops the pronoun: "lançamos", "lancei", "lançámos" say who did it by their ending.
    firstPersonEndings: {
      endings: ['amos', 'emos', 'ámos', 'êmos', 'ei'],
      minLength: 5,
      except: ['ramos', 'extremos', 'supremos', 'mamos', 'rugbei'],
    },
    possessive: ['meu', 'minha', 'meus', 'minhas', 'nosso', 'nossa', 'nossos', 'nossas'],
    secondPerson: ['você', 'vc', 'vocês', 'vcs', 'te', 'teu', 'tua', 'seu', 'sua', 'contigo', 'tu'],
    productNouns: [
      'app',
      'curso',
      'cursos',
      'ebook',
      'e-book',
      'livro',
      'loja',
      'produto',
      'ferramenta',
      'plataforma',
      'newsletter',
      'podcast',
      'canal',
      'vídeo',
      'video',
      'episódio',
      'template',
      'templates',
      'workshop',
      'serviço',
      'serviços',
      'agência',
      'marca',
      'coleção',
      'site',
      'blog',
      'artigo',
      'plugin',
      'jogo',
      'mentoria',
      'comunidade',
      'guia',
      'disco',
      'startup',
      'estúdio',
      'vós',
      'vos',
      'vosso',
      'vossa',
      'vossos',
      'vossas',
      'cê',
      'ce',
      'ti',
      'teus',
      'tuas',
      'turma',
      'masterclass',
      'live',
      'webinar',
      'infoproduto',
      'substack',
      'lojinha',
      'planilha',
      'preset',
      'presets',
      'extensão',
      'documentário',
      'filme',
      'álbum',
      'single',
      'restaurante',
      'padaria',
      'cafeteria',
      'palestra',
      'aula',
      'aulas',
      'consultoria',
      'sistema',
      'software',
    ],
    madeVerbs: [
      'escrevi',
      'publiquei',
      'postei',
      'gravei',
      'fiz',
      'criei',
      'desenhei',
      'lancei',
      'atualizei',
      'publicado',
      'gravado',
      'postado',
      'montei',
      'desenvolvi',
      'lançamos',
      'lançámos',
      'criamos',
      'criámos',
      'fizemos',
      'gravamos',
      'escrevemos',
      'publicamos',
      'publicámos',
      'subi',
      'programei',
      'construí',
      'editei',
      'produzi',
      'terminei',
      'estreei',
      'estreamos',
      'compus',
      'abrimos',
    ],
    ctaVerbs: [
      'compre',
      'compra',
      'garanta',
      'reserve',
      'inscreva-se',
      'assine',
      'baixe',
      'baixa',
      'experimente',
      'teste',
      'testa',
      'veja',
      'vê',
      'leia',
      'ouça',
      'entre',
      'participe',
      'acesse',
      'clique',
      'confira',
      'segue',
      'siga',
      'instala',
      'experimentem',
      'experimenta',
      'assina',
      'assinem',
      'leiam',
      'assiste',
      'assista',
      'assistam',
      'escuta',
      'escutem',
      'ouve',
      'inscreve',
      'reserva',
      'reservem',
      'garante',
      'corre',
      'corram',
      'aproveita',
      'aproveitem',
      'conheça',
      'conhece',
      'conheçam',
      'usa',
      'usem',
      'use',
      'comprem',
      'pega',
      'pegue',
      'pede',
      'peça',
      'peçam',
      'subscreve',
      'subscrevam',
      'clica',
      'cliquem',
      'passem',
    ],
  },
  offers: [
    ...BY_CATEGORY.offers,
    ...WIDER.offers,
    ...GRAMMAR.offers,
    {
      re: `${w('te', 'lhe', 'vos')} (?:ofereço|oferecemos|ajudo|posso ajudar|podemos ajudar|faço|fazemos|mando|envio)`,
      weight: 25,
    },
    {
      re: `${w('call', 'chamada', 'reunião', 'demo', 'consultoria', 'conversa', 'sessão', 'auditoria', 'diagnóstico')} (?:rápida|rápido|gratuita|gratuito|grátis|de \\d+ ?min(?:utos)?|sem compromisso)`,
      weight: 30,
    },
    {
      re: `${w('ajudo', 'ajudamos')} (?:marcas|negócios|empresas|empreendedores|criadores|clínicas|restaurantes|lojas|times|startups|mei)`,
      weight: 30,
    },
    {
      re: `${w('parceria', 'collab', 'publi', 'publipost', 'divulgação paga', 'patrocínio', 'permuta')}.{0,40}(?:dm|direct|interesse|valores|\\?)`,
      weight: 25,
    },
    { re: w('estamos contratando', 'estou contratando', 'vaga aberta', 'vagas abertas'), weight: 25 },
    {
      re: `${w('sou')} (?:um |uma )?(?:designer|social media|contador|contadora|consultor|consultora|dev|desenvolvedor|desenvolvedora|freela|freelancer|coach|fotógrafo|fotógrafa|editor|editora|advogado|advogada|nutricionista|copywriter|gestor de tráfego)`,
      weight: 25,
    },
    { re: `${w('minha', 'nossa')} (?:agência|empresa|consultoria|assessoria)`, weight: 20 },
    {
      re: w(
        'me chama',
        'chama no (?:direct|dm|zap|whats)',
        'manda (?:uma )?(?:dm|direct|mensagem)',
        'me manda',
      ),
      weight: 20,
    },
    { re: w('tem interesse', 'teria interesse', 'topa', 'bora conversar'), weight: 20 },
  ],
  salesCta: [
    ...BY_CATEGORY.salesCta,
    ...WIDER.salesCta,
    ...GRAMMAR.salesCta,
    { re: `${w('link|links')} (?:na|no) (?:minha |meu )?(?:bio|perfil|descrição)`, weight: 40 },
    {
      re: w(
        'compre',
        'garanta (?:já )?(?:o |a )?(?:seu|sua)',
        'reserve (?:já|o seu|a sua|sua|seu)',
        'inscreva-se',
        'se inscreve',
        'assine',
        'baixe',
        'baixa lá',
        'experimente',
        'teste grátis',
        'acesse',
        'confira',
      ),
      weight: 30,
    },
    {
      re: `${w('vagas', 'lugares', 'unidades')} (?:limitadas|limitados|abertas|disponíveis)|${w('restam')} (?:só |apenas )?(?:\\d+|poucas|poucos|horas)`,
      weight: 35,
    },
    {
      re: w('lista de espera', 'pré-venda', 'pré venda', 'prevenda', 'acesso antecipado', 'beta fechado'),
      weight: 30,
    },
    {
      re: w(
        'já disponível',
        'disponível na',
        'disponível no',
        'disponível em',
        'à venda',
        'inscrições abertas',
        'agenda aberta',
      ),
      weight: 25,
    },
    {
      re: w('últimos dias', 'última chance', 'não perca', 'por tempo limitado', 'só hoje', 'até acabar'),
      weight: 35,
    },
    { re: w('sorteio', 'sorteando', 'giveaway'), weight: 25 },
    {
      re: `${w('meu', 'minha', 'nosso', 'nossa')} (?:novo |nova )?(?:curso|ebook|e-book|livro|loja|app|canal|podcast|newsletter|template|mentoria|produto|comunidade|agência|serviço)`,
      weight: 20,
    },
    {
      re: `${w('deixo', 'segue')} (?:o |a |meu |minha )?(?:link|demo|site|portfólio|portfolio|guia|curso)`,
      weight: 30,
    },
    { re: `${W0}(?:preço|preços|valor)s?:? ?(?:R\\$|\\$|\\d)`, weight: 20 },
  ],
  discount: [
    ...BY_CATEGORY.discount,
    ...WIDER.discount,
    ...GRAMMAR.discount,
    { re: `\\d{1,3} ?% (?:de )?(?:desconto|off)${W1}`, weight: 40 },
    { re: `${w('cupom', 'código', 'codigo')}:? ?[A-Z0-9]{3,}`, weight: 40, caseSensitive: true },
    {
      re: w(
        'desconto',
        'descontos',
        'cupom',
        'metade do preço',
        'frete grátis',
        'black friday',
        'leve 2 pague 1',
      ),
      weight: 30,
    },
  ],
  selfAnnouncement: [
    ...BY_CATEGORY.selfAnnouncement,
    ...WIDER.selfAnnouncement,
    ...GRAMMAR.selfAnnouncement,
    {
      re: w(
        'lancei',
        'lançamos',
        'lançando',
        'publiquei',
        'publicamos',
        'saiu',
        'estreamos',
        'estreei',
        'acabei de lançar',
        'acabei de publicar',
        'acabamos de lançar',
        'subi',
      ),
      weight: 25,
    },
    {
      re: `${w('novo', 'nova')} (?:vídeo|video|episódio|artigo|post|coleção|curso|app|versão|plano|capítulo|drop|single|disco|newsletter)`,
      weight: 25,
    },
    {
      re: w(
        'no ar',
        'já está disponível',
        'já estão disponíveis',
        'tá disponível',
        'está disponível',
        'chegou',
      ),
      weight: 20,
    },
    { re: `${w('chegamos a', 'batemos', 'passamos de', 'já somos')} (?:os )?[\\d.,]+k?`, weight: 20 },
  ],
  bait: [
    ...BY_CATEGORY.bait,
    ...WIDER.bait,
    ...GRAMMAR.bait,
    { re: w('dá like', 'da like', 'deixa (?:seu |um )?like', 'dá rt', 'da rt', 'dá um rt'), weight: 50 },
    {
      re: `${w('rt|like|follow|segue|sigam')}\\s*(?:\\+|e|&)\\s*(?:rt|follow|like|comenta|responde)`,
      weight: 60,
    },
    {
      re: w(
        'segue de volta',
        'sdv',
        'me segue',
        'seguindo de volta',
        'f4f',
        'rt mútuo',
        'rt um do (?:fixado do )?outro',
      ),
      weight: 50,
    },
    {
      re: w(
        'marca (?:um|uma|alguém|aquele|aquela|o amigo|a amiga)',
        'comenta "?[^"\\s]{1,12}"? (?:que|e) (?:eu )?(?:te )?(?:mando|envio)',
      ),
      weight: 50,
    },
  ],
  catchy: [
    {
      re: `^\\W{0,4}(?:as |os )?\\d{1,3} (?:coisas|formas|ferramentas|hábitos|erros|dicas|truques|segredos|passos|livros|apps|ideias|motivos|lições)`,
      weight: 25,
    },
    {
      re: w(
        'o segredo (?:de|para|pra)',
        'ninguém (?:te )?(?:fala|conta)',
        'você não vai acreditar',
        'salva esse fio',
      ),
      weight: 25,
    },
    { re: `${w('como')} (?:eu )?(?:consegui|ganhei|fiz|faturei|saí)`, weight: 25 },
    { re: `🧵|${w('fio')}`, weight: 10 },
  ],
  thanks: [
    { re: w('obrigad[oa]', 'valeu', 'parabéns', 'feliz aniversário', 'boa sorte', 'merecido'), weight: -20 },
  ],
  invite: [
    {
      re: w(
        'o que (?:vocês|vcs) acham',
        'o que (?:vocês|vcs) fariam',
        'alguém sabe',
        'alguém tem',
        'alguém conhece',
        'alguém trocou',
        'alguém já',
        'recomendam',
        'recomendações',
        'dicas\\?',
      ),
      weight: -20,
    },
  ],
  attribution: [
    {
      re: `${w('ótimo', 'excelente', 'bom', 'baita')} (?:fio|artigo|post|vídeo|texto|papo) (?:de|da|do)`,
      weight: -20,
    },
    { re: `${w('via', 'de', 'do', 'da')} @\\w+`, weight: -15 },
  ],
  rhetoricalQuestion: [
    {
      re: `(?:^|[.!\\n]\\s*)(?:quer|precisa|cansad[oa] de|sofre com|tem um negócio|você (?:quer|precisa|sabia))[^?]{0,80}\\?`,
      weight: 0,
    },
  ],
  ...linkLists(),
};
