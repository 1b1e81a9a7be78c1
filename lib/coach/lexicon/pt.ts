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

export const pt: Lexicon = {
  matchWithoutAccents: true,
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
    ],
  },
  offers: [
    ...BY_CATEGORY.offers,
    ...WIDER.offers,
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
